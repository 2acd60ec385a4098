namespace Socrates.Cli;

/// <summary>The entry point of the <c>socrates</c> command.</summary>
internal static class Startpunt
{
    public static Task<int> Main(string[] args) => SocratesCli.UitvoerenAsync(args, Console.Out, Console.Error);
}
