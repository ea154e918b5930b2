"""probe120 corpus notes, D01-D07 (wound, ostomy and continence nursing; all invented)."""

D01 = {"patient_id": "D01", "age": 59, "sex": "F", "notes": [
("2023-03-14", "WOC Nurse Consult", """
WOC RN CONSULT - inpt, 6 West
Reason for consult: painful abd wound, ?pressure vs other (hospitalist request)
S: 59 y.o. female. ESRD, dialyzes Mon-Wed-Fri thru L forearm fistula. Type 2 diabetic - Lantus 30u HS, Humalog sliding scale w/ meals. Reports the sore on her L lower belly "popped up 3 weeks ago like a sore little knot" and keeps getting darker. Does her own shots, says she "always goes in on the left side" - R side has an old umbilical hernia repair scar she steers clear of. Has injected into the LLQ that way since May 2022 when she switched over to pens.
O: LLQ approx 6 cm lateral to umbilicus - stellate violaceous plaque 5.5x4.0cm w/ central black eschar 2.1x1.6cm, dry/stable, no drainage. Periwound indurated, mottled purple net pattern, exquisitely tender (9/10 w/ light touch). No fluctuance, no odor. Scattered old pinpoint needle marks + yellowish bruising nearby.
Braden 19. Wt 86.1 kg, BMI 31.2
A: full thickness necrotic wound LLQ at pts insulin site. Presentation worrisome for calciphylaxis - NOT a pressure injury (no load over this area), do not stage.
P: 1) Leave eschar intact, no sharp debridement. Povidone-iodine paint to eschar daily, cover w/ Allevyn Life 10x10.
2) Rec derm for deep incisional bx.
3) Insulin into upper arms until clarified - nsg to reinforce w/ pt.
4) Pain svc aware.
WOC to follow 2x/wk.  -- K. Brandvold RN, CWOCN
"""),
("2023-03-16", "Dermatology Consult", """
Derm inpatient consult
CC: necrotic plaque, L lower abdomen
HPI: 59 y/o woman, HD dependent, insulin-requiring DM. Per pt, lesion began roughly 3 wks before admission, exactly at the patch her insulin pen has gone into for close to a year. Labs this adm: corr calcium 9.8 (phos up at 7.1), intact PTH 812. Has never been on warfarin or any vit K antagonist.
Exam: L lower abdominal wall: 6x4cm indurated purpuric plaque, retiform border, adherent central eschar. Smaller livedoid patch 2 cm just inferior. Thighs, buttocks, breasts: clear.
Procedure: after consent, two 6 mm punches (one carried into fat) from the plaque edge. Gelfoam, 4-0 nylon.
A/P: retiform purpura with necrosis of the abdominal wall in a dialysis pt - high suspicion for calciphylaxis. F/u path incl von Kossa. Renal will begin IV STS on dialysis days. Agree w/ WOC: no injections into the abdomen.
"""),
("2023-03-29", "WOC Nurse Follow-up", """
WOC f/u - outpt wound clinic, day after discharge
Path 3/20: medial calcification of small subq vessels, thrombi, von Kossa +. Dx: calciphylaxis, bx-proven.
Wound #1 LLQ abd: 5.8x4.2x0.2cm. black eschar ~70%, yellow slough ~30%, edges starting to lift. Scant serosang. Periwound violaceous, induration unchanged. Pain 7/10.
Wound #2 punch bx sites: sutures intact, edges approximated.
Getting 25 g thiosulfate w/ each dialysis. Endo moved all insulin to the arms. Wt 84.5 kg, BMI 30.6.
Tx: cont betadine paint to eschar, Allevyn Life, chg q3d + prn. RTC 1 wk.
"""),
]}

D02 = {"patient_id": "D02", "age": 72, "sex": "M", "notes": [
("2020-02-06", "Home Health Wound Visit", """
HH SN visit - wound care
Seen at home, wife present. 72 yo M on CAPD (4 exchanges/day, does own). PKD. Wife phoned the agency worried over a "black sore" low on his right side.
Wife: "That heating pad's been on his right side every night God sends since last summer, for his kidney pain. I kept telling him it was too hot." Pt confirms pad set on HIGH, tucked between him + the recliner.
Both agree it first showed up on Jan 28th as a purple blotch.
R flank, posterolateral, just above iliac crest: irregular ulcer 3.2x2.5cm, dry black eschar center, dusky violet halo ~2 cm, netlike mottling past that. Lacy brown reticulated hyperpigmentation over most of R flank ("been that way a while").
Pain 8/10 burning/stabbing, worse lying on R.
Pad removed from home w/ pts OK. Taught: no heat, no ice to any body part.
Called Dr Oyelaran (nephro) office - appt 2/11.
"""),
("2020-02-11", "Nephrology Progress Note", """
Nephrology clinic
72M, ESRD 2/2 ADPKD, CAPD since 2017. Mech aortic valve -> warfarin (INR goal range 2.5-3.5). Has never had diabetes.
Here for skin ulcer. Exam: R flank ulcer as the HH nurse described, eschar now 3.5 cm, retiform purpura around it. Marked pain.
Labs: CaxP 68, PTH 1,140, albumin 2.9.
Impression: calciphylaxis, clinical dx - classic retiform purpura w/ necrotic eschar - he does PD and takes warfarin. Lesion sits in skin he heated nightly w/ the pad; likely the trigger. Biopsy deferred (poor healing, anticoagulated).
Plan: thiosulfate infusions, 3 days a wk, infusion suite; cinacalcet; stop calcium carbonate -> sevelamer. Cardiology re warfarin (mech valve, may have to stay on it). WOC referral.
Wt 83 kg, BMI 27.3.
"""),
("2020-03-03", "WOC Clinic Visit", """
Outpt WOC clinic
Dx: calciphylaxis R flank (clinical), receiving STS.
Meas 3.9x2.8cm, depth UTD d/t eschar. 100% eschar, dry, edges demarcating. No cellulitic changes, no odor. Purpura around it fading a little.
Pt says hasnt used the heating pad since the nurse took it, uses an extra quilt now.
Wife asks "will it ever close up" - reviewed slow healing, goals.
Products: Medihoney gel to eschar edges, ABD pad, paper tape (fragile skin), change daily. Offload R side w/ foam wedge.
Wt 81.5 kg, BMI 26.8.
"""),
]}

D03 = {"patient_id": "D03", "age": 66, "sex": "M", "notes": [
("2021-07-08", "Outpatient WOC Consult", """
OUTPATIENT WOC CONSULT
Referral: dialysis unit RN (TTS chair).
66 yo M w/ ESRD; HD access = tunneled R internal jugular cath; DM2 on Tresiba 18 units daily, COPD on 2L O2. Mobilizes in a power wheelchair delivered 04/2021.
Hx: painful dark sores, back of each calf, x 2 wks. Pt: "that new chair's got these calf pads that dig right in back there, been telling them since the day they dropped it off."
L posterior calf, mid: 4.0x3.1cm necrotic eschar, dry, 1.5 cm violaceous indurated rim; linear livedoid band lines up w/ the edge of the calf pad.
R posterior calf, mid: 2.6x2.0cm purpuric plaque, early black discoloration centrally, skin intact.
Pedal pulses dopplerable B. ABI deferred (likely noncompressible).
Pain 8/10. Trace edema.
5'10", 250 lb, BMI 35.9.
Imp: bilat posterior calf necrotic lesions under the wheelchair leg-rest calf pads - suspicious for calciphylaxis vs device-related DTPI. Not staging until dx clarified.
Plan: derm referral for bx; pads off today, PT/seating to modify leg rests; Mepilex Border Flex q3d for protection.
"""),
("2021-07-13", "Dermatology Clinic Note", """
Dermatology
66M on HD w/ insulin-treated DM, sent by the WOC RN for posterior calf necrosis.
Both calves w/ retiform purpura + necrotic eschar (L>R), confined to the areas where his chair leg rests press. Never took warfarin (apixaban for AF).
Punch bx obtained 7/9 by our PA - L posterior calf, at the eschar rim.
Path: calcium deposited within subcutaneous arteriolar walls, intimal hyperplasia, microthrombi - diagnostic of calciphylaxis.
Assessment: calciphylaxis, both posterior calves, localizing to the pressure points from the chair.
Plan: renal for STS / binder changes; expedite seating eval; pain regimen per palliative.
"""),
("2021-08-10", "WOC Nurse Follow-up", """
WOC f/u - calciphylaxis B posterior calves
Seating clinic swapped in a padded calf panel w/ a cutout on 7/20. Pt reports much less rubbing.
L post calf: 4.4x3.3cm, eschar 90% dry, 10% pink granulation at 3 o'clock margin. Minimal drainage.
R post calf: 2.9x2.2cm, now full black eschar, intact, no drainage.
Periwound B: dusky, less firm.
Tx cont: Mepilex Border Flex; in bed float calves w/ pillow under thighs.
Wt 242 lb, BMI 34.9. Still on Tresiba. Apixaban unchanged.
"""),
]}

D04 = {"patient_id": "D04", "age": 63, "sex": "F", "notes": [
("2021-01-26", "Breast Surgery Nurse Wound Check", """
Breast surgical oncology - RN wound check
63F s/p R breast lumpectomy + SLNB on 09/15/2020 (Dr Fairweather) for DCIS. ESRD on HD TTS. Radiation not started yet (delayed for medical issues).
Pt says the lumpectomy scar was "healed perfect" at her 6 wk check, then it began to ache and go purple in early January.
R breast UOQ along incision: 4x2.5cm violaceous, indurated, stellate plaque w/ a 1 cm black eschar sitting dead center on the incision line, pt guarding + very tender. No drainage, no fluctuance, afebrile.
Axillary SLNB incision: healed, unchanged.
Meds incl warfarin 4 mg daily (DVT Oct 2020).
BMI 38.2.
Plan: photos to chart, d/w surgeon; derm + WOC referrals to sort out fat necrosis vs infection vs calciphylaxis.
"""),
("2021-02-02", "Dermatology Consult", """
Dermatology consult
Re: painful necrotic plaque in the R breast lumpectomy scar.
63F on HD x 3 yrs, on warfarin since 10/2020. PTH 640.
Exam: R breast UOQ - 4.5x3cm retiform purpura forming a plaque, central eschar, strictly tracking the healed incision; faint livedo spreading inferiorly. L breast normal.
4 mm punch from plaque margin 01/28: medial calcification of subcutaneous arterioles, thrombosis, fat necrosis; von Kossa +.
Impression: calciphylaxis of the R breast arising in the surgical scar (koebnerized).
Plan: renal - STS; stop warfarin, switch to apixaban; WOC for local care; rad onc to revisit RT timing.
"""),
("2021-02-23", "WOC Nurse Follow-up", """
WOC visit - R breast wound
Warfarin d/c'd 2/4, now apixaban. STS w/ each HD.
R breast wound (calciphylaxis in scar): 4.8x3.1cm, eschar softening around edges + 20% yellow slough. Scant serous on old dressing. Periwound firm, no maceration.
Pain 6/10 w/ dressing chg.
Tx: hydrogel to slough, Mepilex Ag border, chg q2d + prn.
BMI 37.6.
"""),
]}

D05 = {"patient_id": "D05", "age": 54, "sex": "M", "notes": [
("2022-08-02", "WOC Nurse Consult", """
WOC consult - referred by Eastgate Dialysis charge RN
54M. ESRD from FSGS, dialyzes MWF by L brachiocephalic fistula. Non-diabetic. Takes no anticoagulant.
Story per pt: tripped over a cooler at the family 4th of July cookout, went down on the patio and skinned the outside of his R thigh - "just a raspberry, didnt think nothing of it". The scrape scabbed, then about 3 weeks ago that spot turned hard + purple and "hurt like fire", opened a few days after.
Exam R lateral thigh, mid: ulcer 5.0x3.6x0.4cm, 60% black eschar / 40% adherent yellow slough, mod serous drainage, no odor post cleanse. Periwound: 3 cm firm purpuric rim in a net pattern, not warm. No tunneling or undermining.
Pain 10/10, on oxycodone.
Wt 96 kg, ht 179 cm, BMI 29.9
A: necrotic non-healing ulcer in an old abrasion, dialysis pt; worried this is calciphylaxis.
P: urgent derm. NS cleanse, Aquacel Ag + foam, chg q3d. No sharp debridement.
"""),
("2022-08-09", "Dermatology Follow-up", """
Derm - path review
54M on HD, R lateral thigh ulcer after a fall on 7/4 w/ an abrasion at that exact spot.
Incisional bx of ulcer edge done 8/5. Path: subcutis w/ calcified, clotted small vessels = calciphylaxis.
Also faint livedo racemosa R buttock, no ulcer there.
Plan: STS via renal, WOC to continue local care, RTC 4 wk.
"""),
("2022-08-30", "Wound Clinic Follow-up", """
Wound clinic recheck - R thigh calciphylaxis (bx proven)
5.4x3.9x0.3cm; 50% eschar, 30% slough, 20% pale granulation. Drainage mod serosang. Periwound purpuric margin softer, maceration at 6 o'clock.
Pt: "still hurts but I can sleep now."
Tx: Vashe cleanse, skin prep periwound, Aquacel Ag + bordered foam, chg 3x/wk at HD by unit RN.
BMI 29.9 today - wt same as last visit.
"""),
]}

D06 = {"patient_id": "D06", "age": 47, "sex": "F", "notes": [
("2024-11-12", "Home Dialysis Clinic Nurse Note", """
Home dialysis clinic - monthly visit
47F on CCPD (cycler 9 hr, 4 fills). Lupus nephritis -> ESRD. No DM. Meds incl darbepoetin 60 mcg SC q2wk (self-injects into the abdomen, has since Feb 2024), calcium acetate, calcitriol.
Pt lifted her shirt to show the RN a sore darkened area near her belly button: "its right where I do my Aranesp shot, been like that since 11/3."
Periumbilical: 3x3cm dusky purple firm plaque, central 8 mm black spot, lacy violaceous mottling around it. Very tender to touch.
Effluent clear, no abd pain, no fever.
61.0 kg / BMI 24.1
Plan: WOC + derm referrals. Hold SC darbe, team to discuss other route.
"""),
("2024-11-19", "Telephone Encounter", """
Pt call routed to WOC RN.
Pt: "the sore on my tummy got bigger and its got a black crust on it now, and theres another little purple one popping up right under it, also where I give the shot. It hurts to even have my shirt touch it. Is it from the injections?? I kept doing them in the same couple spots cuz the rest of my stomach bruises."
Advised: keep covered w/ the foam dressing we gave, no heat or ice, no shots into that area. Derm appt 11/26 confirmed. Call back for fever, spreading redness, foul drainage or cloudy PD bags.
"""),
("2024-11-26", "Dermatology Consult", """
Dermatology
Periumbilical necrotic plaques in a PD pt at SC darbepoetin injection sites.
Exam: 2 lesions, central abdomen - (1) 4x3.5cm retiform purpuric plaque w/ 1.5 cm black eschar; (2) 1.2 cm violaceous nodule just inferior. Both inside the zone she uses for injections. Rest of skin incl thighs, breasts, buttocks: clear.
Bx from 11/21 (lesion 2, 6 mm punch): medial calcification of septal arterioles + fibrin thrombi, von Kossa positive.
Dx: calciphylaxis, biopsy proven, localized to the injection sites.
Plan: nephrology to change darbepoetin route; STS; stop calcium acetate.
"""),
("2024-12-17", "WOC Nurse Follow-up", """
WOC f/u - abd calciphylaxis
Lesion 1: 4.2x3.6cm, full thickness, 100% eschar. Lesion 2: 1.5x1.3cm, now open, 60% yellow slough, light serous drainage.
Periwound redness under 0.5 cm, not warm. Pain 6/10 (was 9).
Darbe now given IV at clinic - no more SC shots.
Tx: Medihoney alginate to lesion 2, dry gauze + silicone border to both, q2d.
BMI 23.8.
"""),
]}

D07 = {"patient_id": "D07", "age": 77, "sex": "M", "notes": [
("2026-01-20", "Home Health Skin Assessment", """
HOME HEALTH - SN skin assessment, SOC
77M lives w/ daughter. ESRD; his HD chair slot is the Tu-Th-Sa first shift at Cobble Creek. Type 2 DM (linagliptin). Afib on warfarin. L knee OA.
Daughter says the knee "went black" around a month ago. Pt has been laying a blue freezer gel pack across his L kneecap most evenings since the beginning of October - "20, 30 min, sometimes I doze off with it on."
L anterior knee over patella: 4.5x4cm stellate black eschar, purple indurated halo, livedo running up onto distal thigh. Very painful, pt won't flex knee.
R knee: no lesions.
98.9 kg / 181.6 cm = BMI 30.0
SN called PCP + nephrology. Ice pack stopped, daughter educated.
"""),
("2026-01-27", "Wound Clinic Provider Note", """
Wound clinic (NP + WOC RN)
Referred for L knee necrotic wound. ESRD/HD, on warfarin, BMI 30.
Exam: L anterior knee 4.8x4.1cm eschar w/ retiform purpura margins; faint net-like violaceous pattern distal L thigh. Pain out of proportion to exam.
Assessment: calciphylaxis - clinical diagnosis. Came up in the skin over the patella that had been iced nightly; cold injury as likely trigger. No bx: pt declines, and anticoagulated.
Plan: nephro - STS w/ HD, consider warfarin -> apixaban. Wound: leave stable dry eschar, betadine paint BID, dry gauze + Kerlix, no compression.
"""),
("2026-02-17", "Home Health Wound Visit", """
SN wound visit
Dx calciphylaxis L knee.
4.9x4.0cm eschar, lateral edge lifting w/ sm amt serous drainage. No s/s infection.
Cardiology switched warfarin to apixaban on 2/2.
Daughter doing betadine paint BID - return demo good. Using walker, knee stiff.
Wt 98.9 kg, BMI 30.0 (no change).
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
