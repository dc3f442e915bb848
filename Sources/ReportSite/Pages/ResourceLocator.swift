import Foundation

/// Which built-in templates and theme a run uses: the copy compiled into the executable, or
/// the folder `REPORT_RESOURCES` names (theme development), which replaces it whole.
public enum ResourceLocator {
    /// nil when `REPORT_RESOURCES` is set but holds no `templates/en-US/campaign.md` and
    /// `site/layout.html`.
    public static func builtinRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> BuiltinResources? {
        guard let env = environment["REPORT_RESOURCES"], !env.isEmpty else { return .embedded }
        let folder = BuiltinResources.folder(URL(fileURLWithPath: env))
        return folder.contains("templates/en-US/campaign.md") && folder.contains("site/layout.html") ? folder : nil
    }
}
