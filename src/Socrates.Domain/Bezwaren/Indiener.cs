namespace Socrates.Domain.Bezwaren;

/// <summary>Who lodged the bezwaar: the belanghebbende, or a gemachtigde on his behalf (Awb 2:1).</summary>
public enum Indiener
{
    Belanghebbende,
    Gemachtigde,
}
