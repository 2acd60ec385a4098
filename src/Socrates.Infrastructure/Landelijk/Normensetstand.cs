namespace Socrates.Infrastructure.Landelijk;

/// <summary>
/// How many sets are approved and the highest id among them. An approved set is never edited or withdrawn, so the
/// runtime figures built at a stand stay right until the stand moves.
/// </summary>
internal readonly record struct Normensetstand(int Aantal, int HoogsteId);
