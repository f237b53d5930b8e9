using System;
using System.Threading;
using System.Threading.Tasks;

namespace AlgorithmGen.Client
{
    /// <summary>
    /// The client-side rate limiter of the AWS SDKs' adaptive retry mode (botocore's <c>ClientRateLimiter</c>): off until
    /// the first throttling answer, then a token bucket whose fill rate follows CUBIC congestion control: cut to 70 %
    /// of the measured send rate on each throttle, grown back along a cubic curve as calls succeed.
    /// </summary>
    internal sealed class AdaptiveRateLimiter
    {
        private const double MinRate = 0.5;
        private const double Beta = 0.7;
        private const double ScaleConstant = 0.4;
        private const double Smoothing = 0.8;
        private const double BucketsPerSecond = 2;
        private const double MaxRateAdjustScale = 2;

        private readonly TimeProvider _time;
        private readonly long _origin;
        private readonly object _gate = new object();
        private bool _enabled;

        // Token bucket.
        private double _fillRate = 1;
        private double _maxCapacity = 1;
        private double _capacity;
        private double? _lastRefill;

        // CUBIC.
        private double _maxRateBeforeThrottle = MinRate;
        private double _zeroPoint;
        private double _lastThrottle;

        // Measured send rate, in requests per second, over half-second buckets.
        private double _measuredRate;
        private double _lastBucket;
        private int _countInBucket;

        public AdaptiveRateLimiter(TimeProvider time)
        {
            _time = time;
            _origin = time.GetTimestamp();
            _zeroPoint = ZeroPoint(_maxRateBeforeThrottle);
            _lastBucket = Math.Floor(Now());
        }

        /// <summary>The current fill rate (requests per second) while limiting; null before the first throttle.</summary>
        public double? Rate
        {
            get
            {
                lock (_gate)
                {
                    return _enabled ? _fillRate : (double?)null;
                }
            }
        }

        /// <summary>Waits, once limiting has started, until the bucket holds a token for one request.</summary>
        public async Task AcquireAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    if (!_enabled)
                    {
                        return;
                    }

                    Refill();
                    if (_capacity >= 1)
                    {
                        _capacity -= 1;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((1 - _capacity) / _fillRate);
                }

#if NET8_0_OR_GREATER
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
#else
                await _time.Delay(wait, cancellationToken).ConfigureAwait(false);
#endif
            }
        }

        /// <summary>Adjusts the rate after an answer: down on throttling, along the cubic curve otherwise.</summary>
        public void OnResponse(bool throttled)
        {
            lock (_gate)
            {
                double now = Now();
                double measured = Measure(now);
                double newRate;
                if (throttled)
                {
                    double rateToUse = _enabled ? Math.Min(measured, _fillRate) : measured;
                    _maxRateBeforeThrottle = rateToUse;
                    _zeroPoint = ZeroPoint(rateToUse);
                    _lastThrottle = now;
                    newRate = rateToUse * Beta;
                    _enabled = true;
                }
                else
                {
                    newRate = (ScaleConstant * Math.Pow(now - _lastThrottle - _zeroPoint, 3)) + _maxRateBeforeThrottle;
                }

                SetRate(Math.Min(newRate, MaxRateAdjustScale * measured));
            }
        }

        private static double ZeroPoint(double maxRate) => Math.Pow(maxRate * (1 - Beta) / ScaleConstant, 1.0 / 3);

        private double Now() => _time.GetElapsedTime(_origin).TotalSeconds;

        private double Measure(double now)
        {
            double bucket = Math.Floor(now * BucketsPerSecond) / BucketsPerSecond;
            _countInBucket++;
            if (bucket > _lastBucket)
            {
                double current = _countInBucket / (bucket - _lastBucket);
                _measuredRate = (current * Smoothing) + (_measuredRate * (1 - Smoothing));
                _countInBucket = 0;
                _lastBucket = bucket;
            }

            return _measuredRate;
        }

        private void SetRate(double rate)
        {
            Refill();
            _fillRate = Math.Max(rate, MinRate);
            _maxCapacity = Math.Max(1, _fillRate);
            _capacity = Math.Min(_capacity, _maxCapacity);
        }

        private void Refill()
        {
            double now = Now();
            if (_lastRefill is { } last)
            {
                _capacity = Math.Min(_maxCapacity, _capacity + ((now - last) * _fillRate));
            }

            _lastRefill = now;
        }
    }
}
