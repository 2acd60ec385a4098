using Socrates.Bench;

namespace Socrates.IntegrationTests.Bench;

/// <summary>A command of the tool (tools/Socrates.Bench) as its tests run it: the exit code, the printed lines (trimmed, none empty) and what went to standard error.</summary>
internal static class BenchUitvoer
{
    public static async Task<(int Code, string[] Regels, string Fout)> DraaiAsync(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await BenchCli.UitvoerenAsync(args, uit, fout);
        return (code, uit.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), uit + fout.ToString());
    }
}
