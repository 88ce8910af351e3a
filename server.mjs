// The production server (`npm start`, `node server.mjs [-p PORT] [-H HOSTNAME]`): see server/main.mjs.
import "./server/main.mjs";
