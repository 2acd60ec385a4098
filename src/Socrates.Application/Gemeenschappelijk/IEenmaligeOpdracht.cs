namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// A command that creates something (a claim, a payment, a note, a person, an aanvraag), sent from a form that carries a
/// key of its own (<see cref="Formuliersleutel"/>, a hidden field). The pipeline carries out a key once: a repeat gets the
/// first answer instead of creating a second row (<see cref="Formulierverzendingen"/>). Without a key (the CLI, tests) the
/// command runs as usual.
/// </summary>
public interface IEenmaligeOpdracht
{
    Guid? Formuliersleutel { get; }
}
