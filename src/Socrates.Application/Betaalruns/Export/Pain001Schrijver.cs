using System.Globalization;
using System.Text;
using System.Xml;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Export;

/// <summary>
/// Writes a pain.001.001.03 customer credit transfer initiation: one group header, one payment information block, a
/// transaction per payment (at least one: the ISO schema demands it). Tests validate its output against the ISO XSD.
/// </summary>
public static class Pain001Schrijver
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    public sealed record Opdracht(string BerichtId, DateTime AangemaaktOp, string Opdrachtgever, Betaalrekening Rekening, DateOnly Uitvoerdatum, string Omschrijving);

    /// <summary>One transfer; <paramref name="Omschrijving"/> replaces the order's own description (a dwangsom says what it is).</summary>
    public sealed record Transactie(string EindeTotEindeId, long Centen, string Naam, string Iban, string? Omschrijving = null)
    {
        public override string ToString() => Persoonsgegevens.Verborgen(this);
    }

    public static byte[] Schrijf(Opdracht opdracht, IReadOnlyList<Transactie> transacties)
    {
        ArgumentNullException.ThrowIfNull(opdracht);
        ArgumentNullException.ThrowIfNull(transacties);
        if (transacties.Count == 0)
        {
            throw new ArgumentException("Een pain.001-bestand heeft ten minste één transactie (CdtTrfTxInf).", nameof(transacties));
        }

        var aantal = transacties.Count.ToString(CultureInfo.InvariantCulture);
        var som = Euro(transacties.Sum(t => t.Centen));
        using var stroom = new MemoryStream();
        using (var xml = XmlWriter.Create(stroom, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", Namespace);
            xml.WriteStartElement("CstmrCdtTrfInitn");
            xml.WriteStartElement("GrpHdr");
            xml.WriteElementString("MsgId", opdracht.BerichtId);
            xml.WriteElementString("CreDtTm", opdracht.AangemaaktOp.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteElementString("NbOfTxs", aantal);
            xml.WriteElementString("CtrlSum", som);
            xml.WriteStartElement("InitgPty");
            xml.WriteElementString("Nm", SepaTekst.Maak(opdracht.Opdrachtgever, 70));
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("PmtInf");
            xml.WriteElementString("PmtInfId", opdracht.BerichtId);
            xml.WriteElementString("PmtMtd", "TRF");
            xml.WriteElementString("NbOfTxs", aantal);
            xml.WriteElementString("CtrlSum", som);
            xml.WriteStartElement("PmtTpInf");
            xml.WriteStartElement("SvcLvl");
            xml.WriteElementString("Cd", "SEPA");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("ReqdExctnDt", opdracht.Uitvoerdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteStartElement("Dbtr");
            xml.WriteElementString("Nm", SepaTekst.Maak(opdracht.Opdrachtgever, 70));
            xml.WriteEndElement();
            Rekening(xml, "DbtrAcct", opdracht.Rekening.Iban);
            xml.WriteStartElement("DbtrAgt");
            xml.WriteStartElement("FinInstnId");
            if (opdracht.Rekening.Bic is { Length: > 0 } bic)
            {
                xml.WriteElementString("BIC", bic);
            }
            else
            {
                xml.WriteStartElement("Othr");
                xml.WriteElementString("Id", "NOTPROVIDED");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("ChrgBr", "SLEV");
            foreach (var t in transacties)
            {
                xml.WriteStartElement("CdtTrfTxInf");
                xml.WriteStartElement("PmtId");
                xml.WriteElementString("EndToEndId", t.EindeTotEindeId);
                xml.WriteEndElement();
                xml.WriteStartElement("Amt");
                xml.WriteStartElement("InstdAmt");
                xml.WriteAttributeString("Ccy", "EUR");
                xml.WriteString(Euro(t.Centen));
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteStartElement("Cdtr");
                xml.WriteElementString("Nm", SepaTekst.Maak(t.Naam, 70));
                xml.WriteEndElement();
                Rekening(xml, "CdtrAcct", t.Iban);
                xml.WriteStartElement("RmtInf");
                xml.WriteElementString("Ustrd", SepaTekst.Maak(t.Omschrijving ?? opdracht.Omschrijving, 140));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stroom.ToArray();
    }

    private static void Rekening(XmlWriter xml, string element, string iban)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", iban);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Euro(long centen) => (centen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
