namespace Socrates.Web.Exporteren;

/// <summary>The file a list downloads as: CSV for any tool, xlsx for a spreadsheet with typed cells.</summary>
public enum Exportformaat
{
    Csv,
    Xlsx,
}
