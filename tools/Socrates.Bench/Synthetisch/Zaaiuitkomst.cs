namespace Socrates.Bench.Synthetisch;

/// <summary>What <c>seed</c> made: the households, those with a part-time wage and inkomstenopgaven, and the opgaven.</summary>
public sealed record Zaaiuitkomst(int Huishoudens, int MetInkomsten, int Opgaven)
{
    /// <summary>The share of households with inkomstenopgaven, in percent.</summary>
    public double Procent => Huishoudens == 0 ? 0 : 100.0 * MetInkomsten / Huishoudens;
}
