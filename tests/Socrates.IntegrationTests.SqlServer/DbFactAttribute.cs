using System.Runtime.CompilerServices;

namespace Socrates.IntegrationTests;

/// <summary>A test against SQL Server: reported as skipped, with the reason, where no Docker engine answers.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute
{
    public DbFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        Skip = DockerEngine.GeenDocker;
        SkipType = typeof(DockerEngine);
        SkipUnless = nameof(DockerEngine.Beschikbaar);
    }
}

/// <summary>A data-driven test against SQL Server: reported as skipped, with the reason, where no Docker engine answers.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute : TheoryAttribute
{
    public DbTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        Skip = DockerEngine.GeenDocker;
        SkipType = typeof(DockerEngine);
        SkipUnless = nameof(DockerEngine.Beschikbaar);
    }
}
