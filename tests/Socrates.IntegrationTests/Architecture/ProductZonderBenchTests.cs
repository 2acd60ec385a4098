using System.Reflection;
using System.Text.Json;
using NetArchTest.Rules;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// Benchmarks and synthetic data live in tools/Socrates.Bench, not in what is deployed: the product assemblies hold no
/// such types and know nothing of the tool, and the <c>socrates</c> command does not reference the web app.
/// </summary>
public sealed class ProductZonderBenchTests
{
    private static readonly Assembly Cli = typeof(Socrates.Cli.SocratesCli).Assembly;

    private static readonly Assembly[] Product =
    [
        typeof(Socrates.Domain.Geld.Bedrag).Assembly,
        typeof(Socrates.Application.ApplicationServices).Assembly,
        typeof(Socrates.Infrastructure.InfrastructureServices).Assembly,
        typeof(Socrates.Web.Configuration.SocratesWebApp).Assembly,
        Cli,
    ];

    /// <summary>What the tool holds: the benchmarks, the seed command and the generator of synthetic households.</summary>
    private const string BenchNamen = "Benchmark|Bench(Cli|Opdracht)|Synthetisch|Synthetic|Huishoudengenerator|HouseholdGenerator|HuishoudenSchrijver|RijInvoeger|SeedOpdracht";

    [Fact]
    public void ProductAssemblies_HoldNoBenchmarkOrSyntheticDataTypes() =>
        AssertGeen(Types.InAssemblies(Product).Should().NotHaveNameMatching(BenchNamen)
            .And().NotResideInNamespaceMatching(@"\.(Bench|Synthetisch)(\.|$)"));

    [Fact]
    public void ProductAssemblies_DoNotKnowTheTool() =>
        AssertGeen(Types.InAssemblies(Product).ShouldNot().HaveDependencyOn("Socrates.Bench"));

    [Fact]
    public void TheTool_HoldsWhatLeftTheProduct()
    {
        var tool = typeof(Socrates.Bench.BenchCli).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "BetaalrunBenchmark", "WebBenchmark", "BenchOpdrachten", "SeedOpdracht", "Huishoudengenerator", "SynthetischHuishouden",
                "RijInvoeger", "HuishoudenSchrijver", "SynthetischeGegevens",
            },
            tool);
    }

    /// <summary>
    /// Both the compiled references and the project references (which a build records in <c>socrates.deps.json</c> even when
    /// no type is used): <c>bench web</c> was the only reason the command line referenced the web app.
    /// </summary>
    [Fact]
    public void Cli_DoesNotReferenceTheWebApp()
    {
        var gecompileerd = Cli.GetReferencedAssemblies().Select(a => a.Name).ToList();
        var afhankelijkheden = ProjectAfhankelijkheden(Path.Combine(AppContext.BaseDirectory, "socrates.deps.json"));

        Assert.Contains("Socrates.Infrastructure", gecompileerd);
        Assert.DoesNotContain("Socrates.Web", gecompileerd);
        Assert.Contains("Socrates.Infrastructure", afhankelijkheden);
        Assert.DoesNotContain("Socrates.Web", afhankelijkheden);
        Assert.DoesNotContain("Socrates.Bench", afhankelijkheden);
        AssertGeen(Types.InAssembly(Cli).ShouldNot().HaveDependencyOn("Socrates.Web"));
    }

    /// <summary>The direct dependencies of the <c>socrates</c> project as its deps file lists them.</summary>
    private static List<string> ProjectAfhankelijkheden(string depsBestand)
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(depsBestand));
        var doel = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var socrates = doel.EnumerateObject().Single(p => p.Name.StartsWith("socrates/", StringComparison.Ordinal)).Value;
        return socrates.TryGetProperty("dependencies", out var lijst) ? [.. lijst.EnumerateObject().Select(p => p.Name)] : [];
    }

    private static void AssertGeen(ConditionList regel)
    {
        var uitkomst = regel.GetResult();
        Assert.True(uitkomst.IsSuccessful, "Hoort in tools/Socrates.Bench: " + string.Join(", ", uitkomst.FailingTypeNames ?? []));
    }
}
