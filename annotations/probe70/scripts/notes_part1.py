"""probe70 corpus notes, V01-V07 (transplant nephrology; all invented)."""

V01 = {"patient_id": "V01", "age": 57, "sex": "F", "notes": [
("2019-11-04", "Transplant Wait-list Update", """
KIDNEY TRANSPLANT PROGRAM - WAITLIST REASSESSMENT
Pt: 57F, listed (active) since 04/2018, blood grp O+, cPRA 12%.
Primary dz: diabetic nephropathy. ESKD; dialyses in-centre (Harbourview, Mon-Wed-Fri) since 2017; L brachiocephalic AVF working well, Kt/V 1.4.
DM2 x 20 yrs. Insulin regimen = glargine 40u at bedtime plus lispro per sliding scale at meals. She self-injects and tells me she has kept to the belly's left half, under the navel, ever since June of this year ("right hand does the needle, so left side is easiest").
No anticoagulants, never been on warfarin.
Wt 98.1 kg, Ht 164.5 cm, BMI 36.2. Our centre cut-off is 35 for active status; pt aware and working w/ dietitian Ms Farrugia. Walking 20 min on non-dialysis days.
Skin: intact. No ulcers, feet ok.
Labs: Ca 2.41, PO4 2.02, PTH 61 pmol/L on cinacalcet 60 mg.
A/P: remains active but flagged for weight - recheck in 3 mo. If BMI still above 35 at next review, status 7 (temporarily inactive) to be discussed at selection mtg.
"""),
("2020-02-19", "Transplant Nephrology Clinic", """
Transplant nephrology clinic - unscheduled visit (coordinator Linh Tran asked us to see today)
S: very painful area in left lower abdomen. First noticed it on 02/11/2020 as a firm tender patch, roughly plum-sized; during the last week it went dusky, and a black centre appeared at the weekend. Pain 9/10, wakes her, worse with waistband of trousers. The spot coincides with where her glargine has gone for 8 months. No fevers/rigors. HD unit gave cefalexin x 5 d, no change.
O: afebrile, BP 152/84. LLQ abdominal wall, 3 cm lateral and inferior to umbilicus: 6x4.5cm violaceous, indurated plaque; approx 1.5cm of black eschar mid-plaque; retiform purpuric edge, exquisitely tender. No fluctuance. R abdomen clear, thighs clear. Wt 96.4 kg, BMI 35.4.
Ca x PO4 product high on last bloods (PO4 2.3).
A: painful necrotic plaque at her insulin site in a long-vintage HD pt with uncontrolled PO4 - high suspicion for calciphylaxis (calcific uraemic arteriolopathy). Ddx: injection-site abscess, warfarin necrosis (not on it), vasculitis.
P: derm urgently - deep incisional bx (discussed bleeding/non-healing risk). Move insulin to R abdomen/upper arms for now. Status 7 on waitlist pending dx. Renal dietitian re PO4. Analgesia: hydromorphone 0.5mg orally up to q6h prn.
"""),
("2020-03-09", "Letter to Referring Nephrologist", """
Dr Aurelio Castellanos
Harbourview Renal Associates

Dear Aurelio,
Re: your patient Mrs Deborah Quintanilla-Marsh, DOB on file

Thank you for continuing to look after Deborah on dialysis. I'm writing to update you after her visits here in February.
The deep skin biopsy from the left lower abdominal wall (taken 24 Feb) shows mural calcium within little arterioles of the subcutaneous fat, some thrombosed, plus intimal thickening and necrosis of the surrounding fat; calcium confirmed on special stain. This is calciphylaxis. The lesion arose precisely within the patch of skin she had been using for every glargine dose since June 2019, and the onset on 11 February fits well with that being the local trigger.
We have suggested IV sodium thiosulfate 25g three times weekly on HD for now, a switch from calcium carbonate to sevelamer, and a non-calcium based approach to PTH (cinacalcet uptitration; surgical PTX referral if that fails). She should avoid injecting into the left abdomen altogether.
Regarding the list: she will remain temporarily inactive until the wound is healing. Her weight is 95.0 kg today, BMI 34.6, so she has crossed below our threshold - a real credit to her.
Kind regards,
Dr Simone Adebayo-Kerr
Transplant Nephrology
"""),
]}

V02 = {"patient_id": "V02", "age": 63, "sex": "M", "notes": [
("2021-06-14", "Kidney Transplant Evaluation", """
KIDNEY TRANSPLANT EVALUATION - INITIAL
Referring: Dr P. Whitcombe, Lakeside Nephrology
CC: referred for KT candidacy.
HPI: 63 yo gentleman w/ ESRD secondary to biopsy-proven IgA nephropathy (2011). Started CCPD Feb 2020, 5 exchanges overnight on cycler, one last fill; no peritonitis so far. Residual UOP ~600 mL/day.
PMH: HTN. Provoked R leg DVT in 2015 after a long-haul flight, took Coumadin for six months then stopped. OA both knees, R worse, ortho wants to do a TKA eventually but prefers post-transplant. No diabetes (A1c 5.4).
Meds: amlodipine, sevelamer, calcitriol, EPO at PD clinic.
SH: retired bus mechanic, married, wife is willing to be tested as a donor.
Exam: BMI 28.7. Crepitus R knee. Skin: nil of note. Exit site of PD cath clean & dry.
Assessment: reasonable candidate. Needs cardiac w/u (stress echo), dental clearance, cancer screening (colonoscopy due). Living donor pathway for wife to be opened.
"""),
("2022-01-19", "Transplant Coordinator Telephone Encounter", """
Phone call from pt - transplant office
Pt calling about "a black sore on my right knee". Says onset was 3 weeks back; first a purple blotch over the front of the kneecap, by now the centre has gone black & hard and it is "the worst pain I have ever had, worse than the arthritis". He has iced that knee most evenings since Thanksgiving for his arthritis (20-30 min sessions, pack wrapped in a tea towel). No fall, no bump.
Pt is also asking if his wife's donor w/u can continue.
Advised: stop icing, do not pick at scab, keep PD going as usual. Appt booked w/ Dr Hallorann 1/27, derm e-consult sent. PD nurse Jolene informed.
- K. Mbatha RN, transplant coordinator
"""),
("2022-01-27", "Post-Evaluation Transplant Clinic Note", """
Transplant Nephrology - follow up
Seen together w/ derm (Dr Yusupova) who did a punch/incisional bx at the edge on 01/24 in her clinic - path back yesterday: medial calcification of dermal/subcut arterioles + thrombi, consistent w/ calciphylaxis.
Exam: R anterior knee, over patella: 3.5x3cm adherent black eschar, livedo racemosa fringing it and spreading onto distal thigh; mildly boggy. L knee normal. Trunk and remaining leg skin clear.
History again: ice packs to this knee nightly since Thanksgiving, lesion onset ~ end of Dec. He did not use ice anywhere else.
Wt stable, BMI 28.4. Never diabetic. Not anticoagulated now (Coumadin course in 2015 only).
Imp: calciphylaxis of R knee, most plausibly koebnerized by repeated cold exposure to that knee. On CCPD.
Plan: STS via PD team (IV 3x/wk at infusion centre), stop calcitriol, wound care by WOC nurse, no ice/heat to either leg. Hold living donor surgery scheduling until wound healed; wife's w/u can continue. Revisit at selection committee in 3 months.
"""),
]}

V03 = {"patient_id": "V03", "age": 49, "sex": "F", "notes": [
("2022-08-30", "Transplant Wait-list Update", """
Annual waitlist re-eval
49F, ESRD 2/2 diabetic kidney dz and HTN, HD TTS via R forearm fistula since 2019. Active on list, cPRA 0, O neg.
DM2: metformin stopped at dialysis start; now linagliptin 5 mg alone; has never been on insulin. HbA1c 7.1%.
Anticoag: none.
Ht 160 cm, wt 79.4 kg -> BMI 31.0 (obese class I, within listing criteria).
Interval events: none. Walks with her grandson most mornings.
Exam unremarkable, skin intact.
Labs ok, PTH 48 pmol/L.
Plan: continue active. Update cardiac stress test (last 2020).
"""),
("2022-12-20", "Transplant Nephrology Clinic", """
TRANSPLANT CLINIC NOTE
Interval hx: broke R 5th metatarsal stepping off a curb in early Oct; ortho put her in a CAM walker boot in October 2022, worn daily ever since, strapped tight because "it slips otherwise". Since early December she has had a painful open area on the R ankle exactly where the top strap crosses, just above the lateral malleolus. Now black in middle. Pain severe, can't sleep.
Exam: R lateral ankle at the strap line: 4x2cm ulcer, adherent black eschar, surrounding violaceous induration and a lacy purple net extending 3 cm. Pedal pulses palpable. L ankle intact.
Wt 76 kg, BMI 29.7.
A: necrotic ulcer at pressure point of boot strap - on HD, so calciphylaxis worries me most; pressure ulcer also in ddx but the pain and livedo fit CUA.
P: vascular ABIs. Dermatology biopsy. Ortho asked to swap for a padded walking boot, strap repositioned. Inactive on list meanwhile.
"""),
("2023-01-10", "Letter to Referring Nephrologist", """
Dear Dr Nwachukwu,

RE: Ms Hortensia Leclair, 49

I saw Hortensia again on 9 January. Her biopsy of the right ankle ulcer (3 Jan) confirms calciphylaxis: calcium ringing the walls of arterioles deep in the subcutis, with thrombus in their lumens and necrosis nearby. ABIs were normal, which argues against arterial disease. The ulcer lies right beneath the top strap of the boot she has worn since her fracture in October, and we think the repetitive pressure there was the precipitant.
Orthopaedics have swapped her into a custom padded boot. We would be grateful if your unit could start sodium thiosulfate with each session and review the calcium-containing binder.
She is inactive on the list for now. Weight is down a touch today at 75.2 kg, BMI 29.6.
With best wishes,
Dr M. Ostrowski, Transplant Nephrology
"""),
]}

V04 = {"patient_id": "V04", "age": 52, "sex": "M", "notes": [
("2022-11-02", "Post-Transplant Clinic", """
POST-KT CLINIC
52M, DDKT 2014 (R iliac fossa), ESKD from reflux nephropathy. Chronic active ABMR on bx 2021; graft function now failing, Cr 6.8, eGFR 8, K 6.1. Uraemic sx.
IS: tac 2 mg BD, MMF 500 BD, pred 5.
Discussed: return to dialysis. Tunnelled HD catheter placed in R IJ today by IR; AVF creation booked. Start in-centre HD Thurs.
Graft tender + haematuria, low-grade temps -> likely graft intolerance syndrome; if persists after wean, transplant nephrectomy.
No diabetes. Not on warfarin. BMI 25.3.
Re-listing: he wants to be re-evaluated; referral to re-transplant pathway made.
"""),
("2023-04-24", "Re-transplant Evaluation", """
RE-TRANSPLANT EVALUATION
Background: failed first graft, back on HD since Nov 2022 (MWF, now via L radiocephalic AVF). Graft nephrectomy was done on Valentine's Day this yr (14/02/2023) through his old RLQ Gibson incision for intolerance syndrome; uncomplicated stay, home day 4, wound healed by March per surgical f/u.
New issue: in the first week of April the scar itself became painful, then turned purple; a black crust now runs along ~5 cm of its lower half. Pain out of proportion. Afebrile.
O/E: RLQ oblique surgical scar: stellate 6x2.5cm violaceous plaque, eschar centrally straddling the incision line; indurated, very tender. Remainder of scar and abdomen unremarkable. R chest catheter exit site healed (catheter removed Jan).
BMI 24.8.
A/P: ?calciphylaxis in a recent surgical incision vs wound dehiscence/infection. CT abd: no collection. Bx arranged (plastics). PTH 112 pmol/L - very high, off cinacalcet since transplant. cPRA now 98% post nephrectomy, which will make re-listing hard.
"""),
("2023-05-08", "Letter to Referring Nephrologist", """
Dear Dr Varga,
Thank you for referring Mr Obinna Sutherland-Pryce back to us for consideration of a second kidney.
An update on the right lower quadrant wound: the biopsy taken on 27 April shows calciphylaxis, with calcified and thrombosed subcutaneous vessels and septal panniculitis. It developed at the start of April directly in the healed incision from his graft nephrectomy (14 February). He began thiosulfate during dialysis last week, and our endocrine surgeons will see him about parathyroidectomy given the PTH.
Re-listing will wait until this has healed, and his very high cPRA means we should discuss desensitisation or the paired exchange programme.
Yours sincerely,
Dr Freya Lindqvist
"""),
]}

V05 = {"patient_id": "V05", "age": 71, "sex": "M", "notes": [
("2019-03-11", "Kidney Transplant Evaluation", """
Transplant candidacy assessment
71 y/o M referred by Dr Halvorsen. ESRD (hypertensive nephrosclerosis + DM2), on HD 3x/wk since 2016 at Pinecrest. Diabetes managed on diet, A1c 6.3, never needed insulin or tablets.
Paroxysmal AF, anticoagulated w/ warfarin which the HD unit doses (INR 2.0-3.0 range). CHADS-VASc 4.
Frailty: walks unaided, grip strength ok, 6MWT 360 m. Lives w/ wife, independent.
Ht 175 Wt 83 -> BMI 27.1.
Skin: chronic venous changes both shins, no ulcers.
Imp: older candidate, reasonable functional status; would be suited to an ECD/high-KDPI offer. Needs coronary angio.
"""),
("2019-10-01", "Transplant Wait-list Clinic", """
Waitlist visit
Since last: coronary angio normal (May). Listed July 2019.
New: pt tells me on Labor Day the car door's edge clipped his R shin, a small scrape that bled a bit, his wife put a bandaid on it. It seemed to settle, but on Sept 20th a hard, purple, painful patch erupted at that very spot and has gone on to a black crust.
Exam - R shin, anterior, middle third: round black eschar 3cm across within an 8cm area of stony induration with stellate purpura. Exquisitely tender. L shin: venous staining only.
Still on warfarin for AF. BMI 26.9.
Impression: new necrotic ulcer on R shin at site of minor injury, on warfarin, HD - calciphylaxis, warfarin necrosis, or a traumatic ulcer on venous-diseased legs. Favour calciphylaxis.
Plan: derm for deep bx; hold list (status 7); discuss swap warfarin -> apixaban with cardiology.
"""),
("2019-10-22", "Letter to Referring Nephrologist", """
Dear Dr Halvorsen,
Re: Mr Lemuel Okonkwo-Baines

I'm sorry to report that the skin biopsy of Lemuel's right shin confirms calciphylaxis. The lesion came up on 20 September over a graze he got from the car door on 2 September, and the biopsy shows the classic calcified small vessels with thrombosis.
Cardiology are content for warfarin to be stopped in favour of apixaban. We'd be grateful if your unit could start IV sodium thiosulfate and change his binder to one without calcium.
Given his age and this new problem, he stays inactive on the waiting list; we will re-present him at the selection meeting once the wound is healing.
Best regards,
Dr Ifeoma Rasmussen, Consultant Transplant Nephrologist
"""),
]}

V06 = {"patient_id": "V06", "age": 44, "sex": "F", "notes": [
("2023-09-18", "Kidney Transplant Evaluation", """
KIDNEY TX EVAL
44F, SLE with class IV lupus nephritis -> ESRD 2021. Doing PD (CAPD 4 x 2L) since Aug 2021.
Mechanical mitral valve (2012, rheumatic) - lifelong warfarin, INR window 2.5-3.5 (valve clinic); has needed LMWH bridging for procedures before.
Lupus quiescent on HCQ + pred 5. No diabetes.
Wt 90 kg Ht 163 cm, BMI 33.9 - obese.
Issues for transplant: anticoagulation around surgery (cardiology + haem input), high sensitisation risk (3 pregnancies, transfusions) cPRA 67%.
Plan: proceed w/ w/u. Cardiac echo, haem plan for peri-op bridging.
"""),
("2024-08-05", "Transplant Nephrology Clinic", """
Clinic f/u (waitlisted, active since 01/2024)
She had a PD catheter revision for outflow failure on 10 July; warfarin held from 4 July, enoxaparin 80 mg SC bid bridging started 07/08/2024 and continued until INR therapeutic again on 1 Aug. She gave every enoxaparin injection into the anterior thighs, left one day, right the next ("the belly was off limits because of the surgery").
Two weeks ago painful purple lumps appeared at several of those injection spots on both thighs; some now have black centres.
O/E: bilateral anterior thighs: multiple (4 on R, 3 on L) tender, indurated violaceous nodules/plaques 1-3 cm, two with central dark eschar, netlike livedo between them. PD exit site and new catheter tunnel clean. Abdomen no lesions.
Wt 89 kg, BMI 33.5.
A: painful necrotic nodules at LMWH injection sites, PD, warfarin, SLE - calciphylaxis favoured; ddx lupus panniculitis, heparin-induced skin necrosis.
P: HIT screen, deep bx (derm), hold list. No further SC injections to thighs.
"""),
("2024-08-21", "Letter to Referring Nephrologist", """
Dear Dr Ferreira-Lund,
Re: Mrs Anjali Bowditch-Rao

Thank you for seeing Anjali in your PD clinic last week. The biopsy from her left anterior thigh (13 August) confirms calciphylaxis; the HIT antibody was negative and there were no features of lupus panniculitis. The lesions on both thighs came up around 22 July precisely where she had injected enoxaparin during the bridging that began on 8 July.
Given her mechanical valve, cardiology feel warfarin must continue; the plan is to run her INR towards the bottom of its range, adding vitamin K2. Could you kindly arrange sodium thiosulfate and review her calcium load. She is temporarily inactive on the waiting list.
Warm regards,
Dr Tomasz Ekwueme
"""),
]}

V07 = {"patient_id": "V07", "age": 58, "sex": "M", "notes": [
("2020-06-29", "Kidney Transplant Evaluation", """
Transplant evaluation (telehealth due to COVID-19 restrictions, video)
58 yo man, ADPKD (father and aunt also affected), ESKD, in-centre HD since March 2019 via L upper arm AVF. Kidneys massive on CT (R 24 cm, L 27 cm), early satiety, chronic L flank ache from cysts.
Question is whether a native nephrectomy (L) is needed for space pre-transplant - will ask transplant surgery.
No diabetes; no anticoagulation. BMI 26.0 per his scales.
Plan: in-person visit when allowed; CT angio; surgical opinion re L native nephrectomy.
"""),
("2021-03-03", "Transplant Wait-list Clinic", """
WAITLIST CLINIC
Active since Nov 2020.
His L flank pain got worse over the winter and since Christmas his nightly routine has been an electric heat pad tucked beneath the left side, often dozing off on it. By February an intensely painful dark patch had appeared on the L flank beneath the pad; now has black crust.
Exam: L flank, mid-axillary line btwn costal margin and iliac crest: firm violaceous 7x5cm plaque, central eschar 2 cm, reticulate mottling (surrounded by brown reticulate pigment typical of erythema ab igne). R flank normal.
BMI 25.8. Not diabetic.
Imp: necrotic plaque at thermal exposure site, HD, ADPKD - probable calciphylaxis. Ddx thermal burn.
Plan: bx, stop heating pad, pain team.
"""),
("2021-03-24", "Letter to Referring Nephrologist", """
Dear Dr Abernethy-Sloan,

Your patient Mr Rafferty Nakamura-Gill came to see us on 23 March. Biopsy of the left flank plaque confirms calciphylaxis (calcified small vessels with thrombus and necrotic fat). It developed in February beneath the electric heating pad that he had used on that flank every night since Christmas Day for cyst pain; the bordering brown reticulated pigmentation is erythema ab igne.
We've suggested sodium thiosulfate on dialysis and cinacalcet uptitration. For cyst pain, please avoid any heat on the skin; our pain team is seeing him. He is temporarily inactive on the list.
Yours sincerely,
Dr Greta Holmquist-Obi
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
