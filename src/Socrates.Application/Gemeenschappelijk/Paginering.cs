namespace Socrates.Application.Gemeenschappelijk;

/// <summary>Paging defaults.</summary>
public static class Paginering
{
    public const int StandaardGrootte = 25;

    /// <summary>A requested page number brought within 1 and a sane maximum.</summary>
    public static int Begrens(int? nummer) => Math.Clamp(nummer ?? 1, 1, 100_000);
}
