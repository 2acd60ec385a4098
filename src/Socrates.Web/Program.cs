using Socrates.Web.Configuration;

var app = SocratesWebApp.Bouw(args);
await app.BereidDatabaseVoorAsync();
app.UseSocrates();
await app.RunAsync();
