using System.Xml;
using System.Xml.Schema;
using Socrates.Application.Betaalruns.Export;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// Validates a file against the vendored ISO 20022 schema (Schema/pain.001.001.03.xsd, see its README). Every error and
/// every warning counts: a document in another namespace only gives warnings ("no schema information"), so a validator
/// that ignored them would pass anything.
/// </summary>
public static class Pain001Schema
{
    public static readonly string Pad = Path.Combine(AppContext.BaseDirectory, "Betaalrun", "Schema", "pain.001.001.03.xsd");

    /// <summary>The schema's messages, one a line with the severity and the place in the document; empty when it is valid.</summary>
    public static IReadOnlyList<string> Meldingen(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(Pad))
        {
            schemas.Add(Pain001Schrijver.Namespace, xsd);
        }

        schemas.Compile();
        var meldingen = new List<string>();
        var instellingen = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        instellingen.ValidationEventHandler += (_, e) =>
            meldingen.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var lezer = XmlReader.Create(new MemoryStream(xml), instellingen);
        while (lezer.Read())
        {
        }

        return meldingen;
    }

    public static void AssertGeldig(byte[] xml)
    {
        var meldingen = Meldingen(xml);
        if (meldingen.Count > 0)
        {
            Assert.Fail($"The file is not valid against pain.001.001.03.xsd ({meldingen.Count} messages):{Environment.NewLine}"
                + string.Join(Environment.NewLine, meldingen));
        }
    }
}
