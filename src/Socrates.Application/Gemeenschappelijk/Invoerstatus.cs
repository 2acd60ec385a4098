namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// What a front end knows about the input of this request: a form whose values could not all be read (letters in a number
/// field, a date that is no date). The command's validators still run, so the user gets every message in one submit, but
/// <see cref="ValidatieBehaviour{TMessage,TResponse}"/> refuses the command itself. Scoped: one per request.
/// </summary>
public sealed class Invoerstatus
{
    /// <summary>True when part of the input could not be read; no command runs in this scope.</summary>
    public bool Onleesbaar { get; private set; }

    public void MarkeerOnleesbaar() => Onleesbaar = true;
}
