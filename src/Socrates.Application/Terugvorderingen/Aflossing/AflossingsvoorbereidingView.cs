namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>The debtor's current situation and the formula's instalment on it (null while his current income must still be entered).</summary>
public sealed record AflossingsvoorbereidingView(Aflossingsgrondslag Grondslag, Aflossingsvoorstel? Voorstel);
