// Screenshots of "Is this page useful?" at the foot of a topic page at phone width (390 px), light and dark:
// the question, and the second step after "No", with JavaScript on (shown in place) and off (a plain form post
// answered 303 to #feedback-more). Run by make.sh with the running site's address. puppeteer-core comes with the
// Lighthouse that bench/lighthouse pins, so no second browser driver is installed.
"use strict";
const path = require("path");
const puppeteer = require(require.resolve("puppeteer-core", { paths: [path.join(__dirname, "../../bench/lighthouse")] }));

const base = process.argv[2];
const page = process.argv[3] || "/relief";

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars"],
  });
  try {
    for (const theme of ["light", "dark"]) {
      for (const step of ["question", "no-js", "no-nojs"]) {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 390, height: 844 });
        await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: theme }]);
        await tab.setJavaScriptEnabled(step !== "no-nojs");
        await tab.goto(base + page, { waitUntil: "load" });
        if (step === "no-nojs") {
          await Promise.all([tab.waitForNavigation(), tab.click(".feedback-question button[value=no]")]);
        } else if (step === "no-js") {
          await tab.click(".feedback-question button[value=no]");
          await tab.waitForSelector("#feedback-more", { visible: true });
        }
        // The question's heading at the top of the screen, as a reader who scrolled to the foot sees it.
        await tab.evaluate(() => document.querySelector("section.feedback").scrollIntoView());
        await tab.screenshot({ path: path.join(__dirname, `feedback-${step}-${theme}.png`) });
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
