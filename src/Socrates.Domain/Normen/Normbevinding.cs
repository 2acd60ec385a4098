namespace Socrates.Domain.Normen;

/// <summary>
/// One objection of <see cref="Normensetcontrole"/>: the field it concerns (a name from <see cref="Normvelden"/>, or
/// <see cref="Normvelden.AowLeeftijden"/>) and a Dutch sentence naming the article. <see cref="IsAfwijking"/> marks the
/// objections that the proposer may overrule by confirming the deviations of 10 % or more.
/// </summary>
public sealed record Normbevinding(string Veld, string Melding, bool IsAfwijking = false);
