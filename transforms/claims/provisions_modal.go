package claims

// provisionModalIn: the sentence of an article about a ceasefire speaks with a provision modal
// (lexicon provision_modals: "shall"), the voice of a treaty's text, which news quotes only from
// an agreement ("5. The parties shall allow humanitarian access.", "Fourth, humanitarian agencies
// shall have free passage on all roads."): its slots are the text's terms though the item names
// no truce (chad cd_012, zamfara zf_024).
func (ac *articleContext) provisionModalIn(si *sentInfo) bool {
	if !ac.ceasefire || len(ac.l.fw.provisionModals) == 0 {
		return false
	}
	for k := range si.toks {
		if si.tokIn(k, classProvisionModal, ac.l.fw.provisionModals) {
			return true
		}
	}
	return false
}
