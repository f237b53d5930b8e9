using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Serving.Host;
using AlgorithmGen.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Xunit;

namespace AlgorithmGen.Serving.Tests
{
    /// <summary>
    /// The test host app in-process: its own Program.cs (the one ServingHost.RunAsync call) runs under
    /// WebApplicationFactory, with the model folder pointed at a temporary one holding <c>model.txt</c>.
    /// </summary>
    public sealed class ServingFactory : WebApplicationFactory<Program>
    {
        private readonly TempDirectory _model = new();

        public ServingFactory()
            : this(hold: false)
        {
        }

        /// <param name="hold">Whether the loader waits (until <see cref="ReleaseModel"/>) before loading.</param>
        internal ServingFactory(bool hold)
        {
            _model.WriteFile("model.txt", "scale=2\n");
            if (hold)
            {
                _model.WriteFile("hold", string.Empty);
            }
        }

        public string ModelDirectory => _model.Path;

        /// <summary>Lets a held loader go on.</summary>
        public void ReleaseModel() => File.Delete(_model.Combine("hold"));

        /// <summary>A client once <c>/ping</c> answers 200.</summary>
        public async Task<HttpClient> ReadyClientAsync()
        {
            HttpClient client = CreateClient();
            for (int attempt = 0; attempt < 500; attempt++)
            {
                using HttpResponseMessage ping = await client.GetAsync("/ping");
                if (ping.IsSuccessStatusCode)
                {
                    return client;
                }

                await Task.Delay(20);
            }

            Assert.Fail("/ping never answered 200.");
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services =>
            {
                var settings = (ServingSettings)services.Last(d => d.ServiceType == typeof(ServingSettings)).ImplementationInstance!;
                settings.ModelDirectory = _model.Path;
            });

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _model.Dispose();
            }
        }
    }
}
