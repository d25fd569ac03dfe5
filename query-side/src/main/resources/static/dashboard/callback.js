// Where the issuer sends the browser back after a login: finish it, or say in words why it failed.
import { completeSignIn } from './auth.js';

completeSignIn().catch((error) => {
  const alert = document.getElementById('error-message');
  alert.textContent = error.message;
  alert.hidden = false;
});
