using System.Globalization;

namespace Socrates.Infrastructure.Demo;

/// <summary>Valid-looking but invented BSNs and IBANs for the demo and the synthetic households (elfproef and mod-97 hold).</summary>
public static class DemoNummers
{
    private static readonly string[] Banken = ["ABNA", "INGB", "RABO", "SNSB", "TRIO"];

    public static string Bsn(Random random)
    {
        while (true)
        {
            var cijfers = new int[9];
            cijfers[0] = random.Next(1, 10);
            for (var i = 1; i < 8; i++)
            {
                cijfers[i] = random.Next(10);
            }

            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (9 - i) * cijfers[i];
            }

            if (som % 11 <= 9)
            {
                cijfers[8] = som % 11;
                return string.Concat(cijfers);
            }
        }
    }

    public static string Iban(Random random)
    {
        var bank = Banken[random.Next(Banken.Length)];
        var rekening = string.Concat(Enumerable.Range(0, 10).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        var rest = Rest97(bank + rekening + "NL00");
        return $"NL{98 - rest:00}{bank}{rekening}";
    }

    private static int Rest97(string tekens)
    {
        var rest = 0;
        foreach (var teken in tekens)
        {
            var waarde = char.IsAsciiDigit(teken) ? (teken - '0').ToString(CultureInfo.InvariantCulture) : (teken - 'A' + 10).ToString(CultureInfo.InvariantCulture);
            foreach (var cijfer in waarde)
            {
                rest = ((rest * 10) + (cijfer - '0')) % 97;
            }
        }

        return rest;
    }
}
