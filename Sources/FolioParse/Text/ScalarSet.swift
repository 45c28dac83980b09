/// A handful of Unicode scalars. Asking whether a scalar is one of them compares it with each,
/// where a `Set<Unicode.Scalar>` would hash it first: folding asks it of every character beyond
/// ASCII in every text.
public struct ScalarSet: Sendable, Equatable {
    private let values: [UInt32]

    init<S: Sequence<Unicode.Scalar>>(_ scalars: S) { values = Set(scalars.map(\.value)).sorted() }

    public func contains(_ c: Unicode.Scalar) -> Bool { values.contains(c.value) }

    public var scalars: [Unicode.Scalar] { values.compactMap(Unicode.Scalar.init) }

    func intersection(_ other: ScalarSet) -> ScalarSet { ScalarSet(scalars.filter(other.contains)) }
    func subtracting(_ other: ScalarSet) -> ScalarSet { ScalarSet(scalars.filter { !other.contains($0) }) }
}
