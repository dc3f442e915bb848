/// The outcome of one fraud rule for one influencer: its numbers, or why it could not be
/// evaluated. Numbers are kept when the flag is not raised, so clean creators show them too.
public enum FraudCheck<Evidence: Sendable & Hashable>: Sendable, Hashable {
    case evaluated(Evidence)
    case notEvaluated(FraudSkipReason)

    /// The numbers, nil when the rule was not evaluated.
    public var evidence: Evidence? {
        if case .evaluated(let e) = self { return e }
        return nil
    }

    /// Why the rule was not evaluated, nil when it was.
    public var skipReason: FraudSkipReason? {
        if case .notEvaluated(let r) = self { return r }
        return nil
    }
}
