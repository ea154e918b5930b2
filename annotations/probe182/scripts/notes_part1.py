"""probe182 corpus notes, B01-B07 (fertility and reproductive endocrinology and the clinics around it; all invented)."""

B01 = {"patient_id": "B01", "age": 34, "sex": "F", "notes": [
("2023-04-08", "REI Nursing - Stim Start and Injection Teaching", """
REI NURSING - STIM START / INJ TEACHING
Pt: 34yo G0, ESRD 2/2 FSGS, HD Mon/Wed/Fri thru R arm AVF, here for oocyte cryo ahead of a
planned living-donor kidney tx. Baseline TVUS today CD2: AFC 14, no cysts, EMS 4mm. E2 38.
BMI 24.3. No DM, not on any blood thinner.
Protocol: antagonist. Gonal-f 225 IU + Menopur 75 IU SC nightly starting tonight 4/8/23,
ganirelix 250 mcg to be added ~stim day 5-6 per monitoring.
Teaching done w/ pt and her partner Marisol using the demo pen: pinch up skin, 90 deg,
lower abdomen, keep 2+ in. clear of the umbilicus, swap L/R each night. Pt return-demonstrated
Gonal-f pen dial and Menopur mixing x1 w/o difficulty. Sharps bin given.
Coordinated w/ Riverside HD - monitoring visits booked for T/Th/Sat mornings.
Calendar + consent packet reviewed. All questions answered.
-- K. Obuya RN, BSN
"""),
("2023-04-20", "REI Monitoring Visit", """
MONITORING - stim day 13 (ganirelix day 7)
S: Pt mentions a tender "purple patch" at the L lower abd, noticed yesterday; very tender,
hurts more than the shots themselves. No fever. Tolerating HD, last run yesterday.
O: BP 138/84 HR 88. TVUS: R ov 11 follicles, lead 19/18/18/17; L ov 9 follicles, lead 18/17/16.
EMS 9.1 trilaminar. E2 2,960 pg/mL, P4 0.8, LH 1.2.
Skin: L lower quadrant ~3x4cm violaceous net-like patch w/ firm dusky center, exquisitely
TTP, no fluctuance. Scattered pinpoint stim bruises R and L lower abd.
A/P: Ready to trigger - Lupron 4 mg SC tonight 9:30pm, ER Sat 4/22 at 9:30am. The abdominal
lesion looks atypical for plain injection bruising; urgent derm referral placed, d/w Dr. Faleolo.
Trigger to be given in the posterior upper arm, not the belly.
"""),
("2023-04-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Requested by REI (Dr. Faleolo) re: painful L lower abdominal lesion.
HPI: 34F w/ ESRD on HD, s/p ovarian stimulation (Gonal-f/Menopur SC into the lower abdomen beginning
04/08/2023) and oocyte retrieval 4/22 (16 mature eggs vitrified). Lesion first noticed 4/19/23 and enlarging.
Exam: L lower abdomen 5x6cm retiform purpura, black eschar centrally, rim indurated. R lower
abdomen w/ faint yellow-green ecchymoses only.
Path (4 mm punch, 4/24): sc vessels w/ medial Ca++ deposits, thrombi in the lumen, necrosis
of the fat lobules; Kossa-positive mural deposits.
Dx: calciphylaxis, arising at the sites of her stimulation injections.
Plan: STS IV during HD thrice weekly; nephro to tighten mineral mgmt and drop the calcium
binder; wound RN referral; pain control; avoid any further SC shots in abdomen/thighs.
Ca(corr) 9.8 - iPTH 612 - PO4 7.1.
"""),
]}

B02 = {"patient_id": "B02", "age": 38, "sex": "F", "notes": [
("2022-02-22", "REI FET Planning Visit", """
FET PLANNING VISIT
38 yo G2P0020. T1DM since age 9 on an insulin pump (Omnipod, pods on abdomen/upper arms), diabetic
nephropathy -> ESRD, on nightly CCPD since 2020. Cleared by nephro + MFM for a single euploid FET.
One PGT-A normal day 5 blast (4AA) in storage since 10/2021.
Plan: programmed FET. Estrace 2 mg PO TID from CD2, lining check around CD12.
PIO 50 mg (1 mL) IM daily to begin 3/4/22 if lining >= 7 mm, transfer 3/9/22.
Reviewed IM technique with husband Theo: 1.5 in 22g needle into the UOQ of either buttock,
switching side each night. Handout + video link sent via portal.
Wt 74 kg, BMI 27.1. A1c 7.2. No anticoagulants. Folate 1 mg daily.
"""),
("2022-03-18", "REI Nurse Note - Beta hCG", """
RN phone note
Beta hCG today (9dp5dt): 212 mIU/mL -- POSITIVE. Called pt w/ result, she is thrilled.
Confirmed current meds: Estrace 2 mg TID; PIO 1 mL IM nightly since 3/4, Theo gives it,
alternating R/L upper-outer buttock. Pt says the shots are "getting really sore" w/ some
knots under the skin. Advised to keep rotating sides and to walk around after the shot.
She declines switching to vaginal progesterone for now.
Repeat beta Mon 3/21, first OB US ~6.5 wks.
Reminded her to keep her PD schedule as usual and to call with bleeding or severe cramping.
-- A. Petrakis RN
"""),
("2022-04-02", "Wound Care Clinic - New Patient", """
WOUND CLINIC - NEW PT
Referred by PD nurse. 38F, 6w3d IVF pregnancy, ESRD/CCPD, T1DM w/ pump.
Hx: painful area R upper outer buttock, began ~2 wks ago as a hard red knot, turned purple and
then black over the last 5 days. Pain 9/10, unable to sit on that cheek.
Wound: R upper outer buttock, 3.8x2.9cm, firmly stuck-on black eschar, violaceous livedoid rim
extending 2 cm, indurated, no drainage, no odor. L buttock: skin intact.
Pedal pulses 2+. T 36.9.
Impression: necrotic ulcer, concerning for calciphylaxis given ESRD. Needs tissue dx.
Plan: two punch bx from the wound margin today (done), foam dressing, offloading cushion,
notify nephrology. Do not debride until path is back.
"""),
("2022-04-08", "Nephrology PD Clinic", """
PD CLINIC f/u
Bx 4/2: arteriolar calcium deposits in dermis + subcutis, intimal thickening, necrotic fat =>
calciphylaxis confirmed. Discussed w/ pt, husband, REI and MFM.
Labs: Ca(corr) 9.4 | PTH 488 | PO4 6.8 | albumin 3.1. Last PET/Kt-V at target.
Plan: IV sodium thiosulfate 3x/wk (MFM agrees after discussion of pregnancy risk), switch
calcium acetate -> sevelamer, low-calcium PD solution, add a daytime exchange.
Pain mgmt with OB input. Insulin per pump, endo following closely. BMI 27.4.
RTC 1 wk, sooner if fever or new skin changes.
"""),
]}

B03 = {"patient_id": "B03", "age": 31, "sex": "F", "notes": [
("2019-10-16", "REI Nurse Phone Note", """
Post-retrieval call (ER Mon 10/14/19, 23 eggs, 19 MII, ICSI).
Pt called w/ bloating and cramping, pain 5/10. Wt up 1.1 kg since Sunday. Still makes some
urine, dialyzes TTS at Lakeview. No SOB. Belly soft per pt.
She's kept her electric heat pad draped over the low belly, low setting, pretty much day and
night since coming home from the retrieval on 10/14. Also taking Tylenol.
Stims were all done in her thighs this cycle; she says the thighs are "still polka-dotted"
w/ bruises.
Advised: small frequent meals, fluids within her HD limit, call if wt up >1 kg/day,
SOB or severe pain -> OHSS eval. Freeze-all plan unchanged, PGT-A pending.
-- L. Haddad RN
"""),
("2019-11-20", "Hemodialysis Rounds", """
Hemodialysis rounds - Lakeview Dialysis, chair 12
31F ESRD (reflux nephropathy), TTS, via L brachiocephalic AVF. EDW 84.0, today post 84.6 kg.
Pre BP 152/90. She describes a new exquisitely sore spot low on her belly since early November,
"it's like a burn that never heals", now darkening centrally.
Exam: suprapubic 7x4cm firm violaceous plaque, stellate black center, livedo at edges.
Labs 11/18: Ca/Phos/PTH 10.2/8.0/930, Alb 3.6.
Assessment: rule out calciphylaxis. Plan: derm to bx urgently; calcium carbonate off,
sevelamer 1600 w/ meals on, cinacalcet 30 qd, dialysate calcium dropped to 2.0.
Consider STS pending bx.
"""),
("2019-11-26", "Dermatology Consult", """
Derm clinic - new consult
31 yo F, ESRD on HD, PCOS on metformin (not diabetic, A1c 5.4), s/p IVF stim/retrieval 10/2019.
Painful suprapubic lesion since early Nov 2019.
Pt brought in her heating pad: a rectangular pad she kept on the lower abdomen around the clock
after her egg retrieval. The eschar and its livedoid border sit squarely inside that rectangle;
nothing on the thighs, where the stims were given.
Punch bx (11/21): calcified, thrombosed subcutaneous arterioles, calcium deposits in fat lobules.
Assessment: calciphylaxis, suprapubic, at the site of prolonged heating pad use.
Plan: IV sodium thiosulfate at HD, no heat to skin, wound care (Kumar), pain service.
BMI 30.0.
"""),
]}

B04 = {"patient_id": "B04", "age": 36, "sex": "F", "notes": [
("2023-11-14", "REI Return Visit", """
REI RETURN VISIT - discuss 2nd retrieval
36F G1P0010, ESRD from diabetic kidney dz, in-center HD; T2DM - glargine 30u at bedtime + lispro
correction scale.
Cycle #1 (6/2023) complicated by moderate early OHSS, managed as an outpt. Since the summer she
has worn a tight elastic abdominal binder around her waist and flanks all day, "it holds my belly
in"; takes it off only to shower.
Wt 104 kg, BMI 38.6.
AFC 22, AMH 6.8. 4 embryos from cycle #1 -> 1 euploid (5BB) cryopreserved.
Plan: no further stim until A1c <7.5 (today 8.4), endo referral. Consider FET of the euploid
embryo in spring. Told her the binder is no longer needed and she can loosen or stop it.
"""),
("2024-01-10", "Wound Care Clinic - Initial", """
Wound care, first visit
Per pt, a sore on her L side started 3 weeks ago - a hard, exquisitely painful purple spot
that is now black. Still wears the binder "most days since last summer".
L flank: 6.5x1.8cm linear, horizontally oriented eschar w/ surrounding retiform purpura,
indurated, no drainage. R flank skin intact w/ faint linear hyperpigmentation.
Pain 8/10. Afebrile. Fingerstick glucose 212.
Impression: necrotic L flank wound; with her kidney failure, diabetes and weight,
calciphylaxis tops the list.
Plan: bx via derm, hydrogel + bordered foam, leave the binder off.
"""),
("2024-01-19", "Dermatology - Pathology Follow-up", """
Derm f/u - path review
Incisional wedge bx L flank 1/11/24: mural calcium (VK+) in small subcutaneous arteries,
microthrombi, necrotic fat. Final: calciphylaxis.
Full skin check otherwise unremarkable - abdomen, thighs, buttocks, calves all clear.
Meds: insulin glargine, lispro, sevelamer, cinacalcet. Not on warfarin or any vitamin K antagonist.
Plan: STS per nephro at every HD session. Wound care weekly; pain regimen per palliative
care (first visit 1/23). Reinforced no tight garments
over the area. REI notified - FET on hold for now.
BMI 38.9
"""),
]}

B05 = {"patient_id": "B05", "age": 29, "sex": "F", "notes": [
("2021-06-22", "Oocyte Retrieval Procedure Note", """
OOCYTE RETRIEVAL - PROCEDURE NOTE
Date 06/22/2021. Surgeon: Dr. P. Anand. Anesthesia: MAC w/ propofol (CRNA J. Bell).
Pt 29 yo G0, ESRD (IgA nephropathy), dialyzes Mon/Wed/Fri; AVF in the R upper arm => right arm restricted.
PIV: 22g L volar forearm on the 2nd attempt (1st attempt in L hand unsuccessful), flushes well.
Procedure: TV US-guided aspiration, 17g single lumen needle. R ovary 8 follicles, L ovary 6.
11 oocytes retrieved. Blood loss minimal (<10 mL), uncomplicated.
Post-op: VSS, pain 2/10, tolerating PO. PIV removed 11:40, pressure held, site clean.
D/c home w/ partner. ICSI planned, day 5 PGT-A biopsy.
"""),
("2021-07-06", "Hemodialysis MD Progress Note", """
HD unit - MD progress note (Mon)
29F on HD MWF, R AVF w/ good thrill, Qb 400. Pre BP 128/76, post wt 58.9 kg (EDW 58.5).
Pt shows me a painful purple/black area on her L inner forearm, about halfway between
wrist and elbow - "it just keeps getting bigger". Not related to her access (right arm).
Exam: 2.5x3cm violaceous stellate plaque w/ central dusky necrosis, livedo around it, very tender.
Labs: PTH 1,120; calcium 9.9 mg/dL; phosphorus 7.4 mg/dL; Hgb 10.4.
Hx warfarin 2018-19 after a clotted graft (off since the AVF matured).
A/P: ?calciphylaxis. Derm consult requested within the week. Holding calcium binder, cinacalcet started.
"""),
("2021-07-13", "Dermatology Consult", """
DERM CONSULT
HPI: pt first saw a small tender red spot on the L volar forearm on 6/29/21 which darkened
over the following days. Shown to HD MD last week.
Exam: L volar mid-forearm 3.5x3cm ulcer, necrotic, capped by black eschar, retiform purpuric
rim. Legs and trunk clear, nothing elsewhere.
Bx 7/8 (punch x2): subcutaneous small-vessel calcification, thrombosed lumina, panniculitis;
VK stain confirms. Dx: calciphylaxis.
Plan: thiosulfate w/ dialysis, wound care (Xeroform, gauze wrap, no tape on skin), analgesia,
nephro optimizing mineral-bone labs. BMI 22.5, no DM.
"""),
]}

B06 = {"patient_id": "B06", "age": 42, "sex": "F", "notes": [
("2018-02-10", "REI Triage Phone Note", """
Triage call 2/10/18 9:05am
42yo s/p ER yesterday (2/9, 7 eggs). Pt reports she got up to pee last night, felt woozy, and
fell against the edge of the tub, hitting her R shin hard. Big bruise + a small scrape mid shin;
no syncope, no head injury, walking ok. Husband was home.
Abd mild bloating, pain 3/10. PD cycler ran overnight w/o alarms per pt, effluent clear.
Advised elevation and Tylenol; given her kidney disease, nothing hot or cold directly on the
shin; change positions slowly; call w/ fever or worsening pain/swelling of the leg.
Embryology update given: 5 fertilized normally.
-- R. Mbeki RN
"""),
("2018-03-27", "Wound Care Center - New Patient", """
WOUND CENTER - new
42F ESRD on PD, T2DM (linagliptin, never on insulin), BMI 33.4.
R anterior shin ulcer: began in early March in the same spot where she bruised the shin falling
against the bathtub in Feb (the night of her egg retrieval). Started as a purple blotch, got a
black crust, very painful.
Measure: 4.1x3.2cm, depth 0.2; eschar ~70%, remainder yellow slough; violaceous rim, no purulence.
ABI R 1.08 / L 1.11.
Impression: painful necrotic R shin ulcer that developed within the old fall bruise;
calciphylaxis vs arterial vs traumatic ulcer. Recommend bx.
"""),
("2018-04-03", "Nephrology PD Clinic", """
PD clinic
Skin bx of R shin ulcer (3/29, wound center): calcified small arterioles w/ intimal fibrosis
and microthrombi, consistent with calciphylaxis. Tissue cx neg.
PD: cycler, four 2.2 L exchanges overnight + 1.5 L day dwell. Kt/V (weekly) 1.8. Residual UO 600 mL.
Labs: PTH 705, calcium 9.6 mg/dL, phosphorus 6.3 mg/dL, Alb 3.0.
Plan: STS thrice weekly via the infusion suite; calcium acetate -> lanthanum, cinacalcet,
increase dialysis dose, nutrition consult. Never on warfarin. Wound ctr to continue.
BMI 33.1.
"""),
]}

B07 = {"patient_id": "B07", "age": 33, "sex": "F", "notes": [
("2020-04-21", "REI Visit - FET Cycle", """
REI f/u - FET cycle
33F G3P0030 (3 losses at 9-10 wk), APS (triple positive), ESRD secondary to LN, HD Tu/Th/Sa.
Hematology switched her from warfarin to enoxaparin in March for conception/transfer; she does
Lovenox SC q12h (dose adjusted by heme), both anterior thighs ("my stomach can't take it").
TVUS: EMS 8.4 mm trilaminar. E2 312.
Plan: FET 4/27 of 1 euploid blast, continue Lovenox, aspirin 81, hydroxychloroquine per rheum.
PIO 1 mL IM daily to start tomorrow, buttocks, alternating.
BMI 28.0. No DM.
"""),
("2020-06-02", "Nephrology - HD Monthly Visit", """
Nephrology - HD unit monthly visit
Pt 7w6d pregnant after FET. Since May she has had hard, tender purple areas over both
anterior thighs that now have black centers, right at her Lovenox injection sites. Right 3x2cm,
left 4x3cm and 1x1cm. Very painful w/ walking.
Ca x Phos 68. PTH 840. On calcium acetate 2 tabs TID.
A/P: suspect calciphylaxis at the enoxaparin sites (ESRD, SLE, APS, prior warfarin). Needs bx
(derm). Stop Ca binder, start sevelamer. Heme asked re: moving injections to the abdomen vs
switching to UFH.
"""),
("2020-06-10", "Dermatology Consult", """
Derm consult
Biopsy L anterior thigh 6/4: calcified media in tiny subcutaneous arteries, fibrin
thrombi, septal panniculitis. Clinical and path picture = calciphylaxis, both thighs, located at the
enoxaparin injection sites.
Exam: R ant thigh 3.5x2.5cm and L ant thigh 4.5x3.5cm eschars w/ retiform purpura.
No lesions at the PIO sites on the buttocks.
Plan: STS (MFM aware), wound care, no more injecting into the thighs, heme to pick the
anticoagulant route. Pain is limiting her walking; PT for gait aid if needed. OB visit next week.
BMI 28.3.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
