using NetArchTest.Rules;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>References point inward: Web, Cli → Application, Infrastructure; Infrastructure → Application → Domain.</summary>
public sealed class LaagTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Socrates.Domain.Geld.Bedrag).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(Socrates.Application.ApplicationServices).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(Socrates.Infrastructure.InfrastructureServices).Assembly;

    [Fact]
    public void Domain_DependsOnNoOtherLayerAndNoFramework() =>
        AssertGeen(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "Socrates.Application", "Socrates.Infrastructure", "Socrates.Web", "Socrates.Cli",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation"));

    [Fact]
    public void Application_DoesNotKnowInfrastructureOrTheFrontEnds() =>
        AssertGeen(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "Socrates.Infrastructure", "Socrates.Web", "Socrates.Cli", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.Sqlite",
            "Microsoft.EntityFrameworkCore.SqlServer"));

    [Fact]
    public void Infrastructure_DoesNotKnowTheFrontEnds() =>
        AssertGeen(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("Socrates.Web", "Socrates.Cli"));

    [Fact]
    public void HandlersAndValidators_ArePublicAndSealed() =>
        AssertGeen(Types.InAssembly(Application).That().HaveNameEndingWith("Handler", StringComparison.Ordinal)
            .Or().HaveNameEndingWith("Validator", StringComparison.Ordinal)
            .Should().BeSealed().And().BePublic());

    private static void AssertGeen(ConditionList regel)
    {
        var uitkomst = regel.GetResult();
        Assert.True(uitkomst.IsSuccessful, "In strijd met de lagen: " + string.Join(", ", uitkomst.FailingTypeNames ?? []));
    }
}
