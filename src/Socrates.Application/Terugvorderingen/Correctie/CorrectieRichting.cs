namespace Socrates.Application.Terugvorderingen.Correctie;

/// <summary>Whether a correction raises the saldo (a payment was booked wrongly) or lowers it (too much was imposed).</summary>
public enum CorrectieRichting
{
    Verhogen,
    Verlagen,
}
