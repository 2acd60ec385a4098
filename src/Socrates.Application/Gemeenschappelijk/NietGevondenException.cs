namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The record does not exist, or belongs to another municipality (the query filter hides it): the web app answers 404,
/// and says nothing about which of the two it is.
/// </summary>
public sealed class NietGevondenException : Exception
{
    public NietGevondenException()
        : base("Niet gevonden.")
    {
    }

    public NietGevondenException(string message)
        : base(message)
    {
    }

    public NietGevondenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
