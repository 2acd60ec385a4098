namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// An expected refusal by a rule of the domain: the message is a Dutch sentence for the user, shown on the
/// form that caused it. Nothing is saved when it is thrown inside a command.
/// </summary>
public sealed class DomeinregelException : Exception
{
    public DomeinregelException()
    {
    }

    public DomeinregelException(string message)
        : base(message)
    {
    }

    public DomeinregelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
