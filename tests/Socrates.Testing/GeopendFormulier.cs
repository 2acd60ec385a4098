namespace Socrates.Testing;

/// <summary>A form as it was rendered: where it came from, its antiforgery token and its hidden <c>Input.*</c> fields.</summary>
public sealed record GeopendFormulier(string Url, string Token, IReadOnlyDictionary<string, string> Verborgen);
