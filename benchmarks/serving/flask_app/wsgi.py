import predictor as myapp

# This is just a simple wrapper for gunicorn to find your app, as in AWS's bring-your-own-container example.
app = myapp.app
