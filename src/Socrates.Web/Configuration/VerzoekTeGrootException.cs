namespace Socrates.Web.Configuration;

/// <summary>The request body is larger than its form may send (<see cref="Verzoeklimieten"/>): answered with 413.</summary>
public sealed class VerzoekTeGrootException : Exception
{
    public VerzoekTeGrootException()
        : base("De body van het verzoek is groter dan dit formulier mag versturen.")
    {
    }

    public VerzoekTeGrootException(string message)
        : base(message)
    {
    }

    public VerzoekTeGrootException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
