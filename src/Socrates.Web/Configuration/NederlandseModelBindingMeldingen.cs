using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Socrates.Web.Configuration;

/// <summary>Model binding's own messages (a letter in a number field, a date that is no date) in Dutch.</summary>
public static class NederlandseModelBindingMeldingen
{
    public static void Configureer(DefaultModelBindingMessageProvider meldingen)
    {
        ArgumentNullException.ThrowIfNull(meldingen);
        meldingen.SetAttemptedValueIsInvalidAccessor((_, _) => "Deze waarde is ongeldig.");
        meldingen.SetValueIsInvalidAccessor(_ => "Deze waarde is ongeldig.");
        meldingen.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        meldingen.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
        meldingen.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
        meldingen.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        meldingen.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        meldingen.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Deze waarde is ongeldig.");
        meldingen.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is ongeldig.");
        meldingen.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        meldingen.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is ongeldig.");
    }
}
