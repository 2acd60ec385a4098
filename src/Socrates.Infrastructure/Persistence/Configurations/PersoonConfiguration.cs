using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence.Configurations;

internal sealed class PersoonConfiguration : IEntityTypeConfiguration<Persoon>
{
    public void Configure(EntityTypeBuilder<Persoon> builder)
    {
        builder.ToTable("Personen");
        builder.HasKey(p => p.Id);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(p => p.Gemeente).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Bsn).HasMaxLength(9);
        builder.Property(p => p.Iban).HasMaxLength(34);
        builder.Property(p => p.Voornamen).HasMaxLength(200);
        builder.Property(p => p.Voorvoegsel).HasMaxLength(20);
        builder.Property(p => p.Achternaam).HasMaxLength(Zoeknamen.MaximaleLengte);
        builder.Property(p => p.Zoeknaam).HasMaxLength(2 * Zoeknamen.MaximaleLengte);   // "ß" and "æ" fold to two letters
        builder.Property(p => p.Versie).IsConcurrencyToken();
        builder.Ignore(p => p.Naam);
        builder.OwnsOne(p => p.Adres, adres =>
        {
            adres.Property(a => a.Straat).HasColumnName("Straat").HasMaxLength(200);
            adres.Property(a => a.Huisnummer).HasColumnName("Huisnummer");
            adres.Property(a => a.Toevoeging).HasColumnName("Toevoeging").HasMaxLength(10);
            adres.Property(a => a.Postcode).HasColumnName("Postcode").HasMaxLength(7);
            adres.Property(a => a.Woonplaats).HasColumnName("Woonplaats").HasMaxLength(100);
            adres.Ignore(a => a.Regel1);
            adres.Ignore(a => a.Regel2);
            adres.HasIndex(a => new { a.Postcode, a.Huisnummer });
        });
        builder.Navigation(p => p.Adres).IsRequired();
        builder.HasIndex(p => new { p.Gemeente, p.Bsn }).IsUnique();
        builder.HasIndex(p => new { p.Gemeente, p.Achternaam, p.Voornamen });      // search and the werkvoorraad sort by name
        builder.HasIndex(p => new { p.Gemeente, p.Geboortedatum });
        builder.HasIndex(p => new { p.Gemeente, p.Zoeknaam });                      // a name search: Zoeknaam LIKE 'jong%'
    }
}
