namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>The beslistermijn filter of the bezwaren list: overdue, within the gemeente's signal days, or further away.</summary>
public enum Termijnfilter
{
    Verlopen,
    Bijna,
    OpTijd,
}
