// wagtail-localize's translation editor (a React app) in the admin language, with "Submit for
// approval" as its main footer button (templates/wagtail_localize/admin/edit_translation.html).
// Its script writes a few texts without gettext; the page lists them with their translation.
(() => {
  const editor = document.querySelector(".js-translation-editor");
  const data = document.getElementById("editorial-editor-texts");
  if (!editor || !data) return;
  const texts = JSON.parse(data.textContent);
  const submit = document.getElementById("editorial-submit-translation");

  const translate = () => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = texts[node.nodeValue.trim()];
      if (text !== undefined) node.nodeValue = text;
    }
    const actions = editor.querySelector("footer nav.actions");
    if (submit && actions && !actions.querySelector("[data-editorial-submit]")) {
      const wrapper = document.createElement("div");
      wrapper.className = "w-dropdown-button";
      const button = document.createElement("button");
      button.type = "submit";
      button.className = "button";
      button.setAttribute("form", submit.id);
      button.dataset.editorialSubmit = "";
      button.textContent = submit.querySelector("button").textContent;
      wrapper.append(button);
      actions.prepend(wrapper);
    }
  };
  new MutationObserver(translate).observe(editor, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  translate();
})();
