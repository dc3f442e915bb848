/// The version `report --version` prints; the one place it is written.
public enum ReportVersion {
    public static let number = "0.13.0"
}
