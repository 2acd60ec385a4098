using System.Runtime.CompilerServices;

namespace Socrates.IntegrationTests;

/// <summary>A test against the real database. On SQLite it always runs; the SQL Server suite defines its own.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute(
    [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : FactAttribute(sourceFilePath, sourceLineNumber);

/// <summary>A data-driven test against the real database.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute(
    [CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : TheoryAttribute(sourceFilePath, sourceLineNumber);
