using System.Runtime.CompilerServices;

namespace Socrates.BrowserTests;

/// <summary>
/// An exception no test catches ends the test process, and the runner then only says "[FATAL ERROR]
/// Xunit.Sdk.TestPipelineException" without the cause. This writes the cause to standard error and to
/// /tmp/socrates-browser/onverwerkt.txt before the process ends.
/// </summary>
internal static class Onverwerkt
{
    [ModuleInitializer]
    internal static void Vastleggen() =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            var tekst = $"{TimeProvider.System.GetUtcNow():O} onverwerkte uitzondering in het testproces (eindigt: {e.IsTerminating}):{Environment.NewLine}{e.ExceptionObject}{Environment.NewLine}";
            Console.Error.WriteLine(tekst);
            try
            {
                Directory.CreateDirectory(BrowserSessie.Schermafdrukken);
                File.AppendAllText(Path.Combine(BrowserSessie.Schermafdrukken, "onverwerkt.txt"), tekst);
            }
            catch (IOException)
            {
                // Standard error has it.
            }
        };
}
