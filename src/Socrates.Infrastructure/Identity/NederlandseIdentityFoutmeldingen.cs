using Microsoft.AspNetCore.Identity;

namespace Socrates.Infrastructure.Identity;

/// <summary>Identity's messages in Dutch, for the ones a user or administrator can meet.</summary>
internal sealed class NederlandseIdentityFoutmeldingen : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    public override IdentityError ConcurrencyFailure() =>
        Fout(nameof(ConcurrencyFailure), "Iemand anders heeft deze gebruiker intussen gewijzigd. Laad de pagina opnieuw.");

    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");

    public override IdentityError InvalidToken() => Fout(nameof(InvalidToken), "Deze link is ongeldig of verlopen.");

    public override IdentityError InvalidUserName(string? userName) =>
        Fout(nameof(InvalidUserName), "De gebruikersnaam mag alleen letters, cijfers en @ . - _ + bevatten.");

    public override IdentityError InvalidEmail(string? email) => Fout(nameof(InvalidEmail), "Dit is geen geldig e-mailadres.");

    public override IdentityError DuplicateUserName(string userName) =>
        Fout(nameof(DuplicateUserName), "Er bestaat al een gebruiker met dit e-mailadres.");

    public override IdentityError DuplicateEmail(string email) =>
        Fout(nameof(DuplicateEmail), "Er bestaat al een gebruiker met dit e-mailadres.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Fout(nameof(UserAlreadyInRole), "De gebruiker heeft deze rol al.");

    public override IdentityError UserNotInRole(string role) => Fout(nameof(UserNotInRole), "De gebruiker heeft deze rol niet.");

    public override IdentityError UserLockoutNotEnabled() =>
        Fout(nameof(UserLockoutNotEnabled), "Blokkeren is voor deze gebruiker niet mogelijk.");

    public override IdentityError PasswordTooShort(int length) =>
        Fout(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Fout(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Fout(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet een leesteken of symbool bevatten.");

    public override IdentityError PasswordRequiresDigit() =>
        Fout(nameof(PasswordRequiresDigit), "Het wachtwoord moet een cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() =>
        Fout(nameof(PasswordRequiresLower), "Het wachtwoord moet een kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() =>
        Fout(nameof(PasswordRequiresUpper), "Het wachtwoord moet een hoofdletter bevatten.");

    private static IdentityError Fout(string code, string omschrijving) => new() { Code = code, Description = omschrijving };
}
