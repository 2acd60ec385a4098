using System.CommandLine;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Cli.Opdrachten;

namespace Socrates.Cli;

/// <summary>
/// <c>socrates</c>: <c>db migrate</c>, <c>gebruiker aanmaken</c>, <c>bereken</c>, <c>betaalrun</c> and <c>controle</c>.
/// Exit codes: 0 done, 1 refused by a rule (or an unexpected error), 2 invalid input, 4 no access (the identity lacks
/// the role). The benchmarks and synthetic data are a tool of their own
/// (tools/Socrates.Bench) that runs its verbs through <see cref="UitvoerenAsync(RootCommand, string[], TextWriter, TextWriter)"/>.
/// </summary>
public static class SocratesCli
{
    public const int GeenToegang = 4;

    public static Task<int> UitvoerenAsync(
        string[] args, TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie = null) =>
        UitvoerenAsync(
            new RootCommand("Socrates: casemanagement voor de bijstand (Participatiewet).")
            {
                DbOpdrachten.Maak(uit, fout, extraConfiguratie),
                GebruikerOpdrachten.Maak(uit, fout, extraConfiguratie),
                BerekenOpdracht.Maak(uit, fout, extraConfiguratie),
                BetaalrunOpdracht.Maak(uit, fout, extraConfiguratie),
                ControleOpdracht.Maak(uit, fout, extraConfiguratie),
                NormenOpdracht.Maak(uit, fout, extraConfiguratie),
                HeronderzoekOpdracht.Maak(uit, fout, extraConfiguratie),
            },
            args, uit, fout);

    /// <summary>Parses <paramref name="args"/> against <paramref name="root"/>: a parse error is exit code 2 with its messages on <paramref name="fout"/>.</summary>
    public static async Task<int> UitvoerenAsync(RootCommand root, string[] args, TextWriter uit, TextWriter fout)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(fout);
        var resultaat = root.Parse(args);
        if (resultaat.Errors.Count > 0)
        {
            foreach (var f in resultaat.Errors)
            {
                await fout.WriteLineAsync(f.Message);
            }

            return 2;
        }

        try
        {
            return await resultaat.InvokeAsync(new InvocationConfiguration { Output = uit, Error = fout, EnableDefaultExceptionHandler = false });
        }
        catch (GeenToegangException geweigerd)
        {
            await fout.WriteLineAsync(geweigerd.Message);
            return GeenToegang;
        }
        catch (Exception onverwacht) when (onverwacht is not OperationCanceledException)
        {
            // No stack trace on the terminal: the type and the (data-free) message; the log has the rest.
            await fout.WriteLineAsync($"Onverwachte fout ({onverwacht.GetType().Name}): {onverwacht.Message}");
            return 1;
        }
    }
}
