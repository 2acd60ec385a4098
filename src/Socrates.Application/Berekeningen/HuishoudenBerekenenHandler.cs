using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Socrates.Application.Berekeningen.Contract;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Berekeningen;

/// <summary>Reads the document against the national figures, checks it names the caller's gemeente, and computes (Rekenkern).</summary>
public sealed class HuishoudenBerekenenHandler(ILandelijkeNormen landelijkeNormen, IGemeenteregels regels, IHuidigeGebruiker gebruiker)
    : IQueryHandler<HuishoudenBerekenen, string>
{
    /// <summary>The message on "gemeente" when the document names another gemeente than the caller's.</summary>
    public static string AndereGemeente(Domain.Gemeenten.GemeenteCode eigen)
    {
        ArgumentNullException.ThrowIfNull(eigen);
        return $"u rekent met de regels van uw eigen gemeente ({eigen.Waarde}); vul die code in.";
    }

    public async ValueTask<string> Handle(HuishoudenBerekenen query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var (invoer, fouten) = InvoerLezer.Lees(query.Document, landelijk);
        if (invoer is null)
        {
            throw new ValidationException(fouten.Select(Veldfout));
        }

        var eigen = gebruiker.VereisteGemeente();
        if (invoer.Gemeente != eigen)
        {
            throw new ValidationException([new ValidationFailure("gemeente", AndereGemeente(eigen))]);
        }

        var opPeildatum = await regels.OpAsync(eigen, invoer.Peildatum, cancellationToken);
        return BerekeningJson.Schrijf(Rekenkern.Bereken(invoer.Huishouden, invoer.Peildatum, opPeildatum, landelijk));
    }

    /// <summary>"huishouden.inkomsten[0].bedrag: vul een bedrag in." becomes that field with its message.</summary>
    private static ValidationFailure Veldfout(string fout)
    {
        var scheiding = fout.IndexOf(": ", StringComparison.Ordinal);
        return scheiding < 0 ? new ValidationFailure("invoer", fout) : new ValidationFailure(fout[..scheiding], fout[(scheiding + 2)..]);
    }
}
