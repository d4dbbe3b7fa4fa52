// PostCSS for the web app (Vite picks it up): Mantine's preset gives rem(), light-dark(), breakpoint mixins.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
