using Microsoft.AspNetCore.Identity;
using Socrates.Infrastructure;
using Socrates.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(o =>
{
    o.ValidateOnBuild = true;
    o.ValidateScopes = true;
});

builder.AddSocratesLogging();
builder.Services
    .AddSocratesWeb(builder.Environment)
    .AddApplication()
    .AddSocratesInfrastructure(builder.Configuration)
    .AddSignInManager();

var app = builder.Build();
await app.BereidDatabaseVoorAsync();
app.UseSocrates();
await app.RunAsync();
