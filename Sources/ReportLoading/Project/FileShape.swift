/// What a header says a data file is: the columns it must have, our names for the export's
/// columns, and whether it is a platform export (whose placeholder cells mean not reported,
/// data-format.md §12).
struct FileShape {
    var required: [String]
    var aliases: [String: String] = [:]
    var platformExport = false
    /// Rows shorter than the header are read, their missing last cells not reported (Meta).
    var shortRows = false

    /// The same shape for every header (the generic files).
    static func fixed(_ required: [String]) -> ([String]) -> FileShape {
        { _ in FileShape(required: required) }
    }
}
