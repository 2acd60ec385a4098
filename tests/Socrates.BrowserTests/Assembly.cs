using Socrates.BrowserTests;

[assembly: AssemblyFixture(typeof(KestrelApp))]
[assembly: AssemblyFixture(typeof(OveralApp))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
