"""probe125 corpus notes, J01-J07 (NP-led advanced CKD and dialysis-transition clinic; all invented)."""

J01 = {"patient_id": "J01", "age": 63, "sex": "F", "notes": [
("2022-02-14", "Adv CKD/Transition Clinic - NP Visit", """
BRACKWATER RENAL TRANSITION CLINIC -- NP VISIT (in person)
Pt: Odalys Ferrante, 63F. ESRD (DM kidney dz) -- HD in-center, TTS chair since 10/2021 via L radiocephalic AVF (thrill +).
CC: "hard sore knot on my belly, hurts like fire"
HPI: Knot below the navel; she found it herself 3 wks ago; it went dusky and has since crusted dark. Rates it 9 of 10, waistband rubbing makes it worse. She gives all of her own insulin and admits "I always go in the same spot, low on the tummy, it stings less there" -- has never rotated. Insulin was begun Nov 2021 (A1c 10.2) when metformin was d/c'd for GFR.
MED REC (bottles reviewed w/ pt):
- glargine 30 u qHS; lispro 8 u AC TID
- sevelamer carbonate 1600 mg w/ meals
- calcitriol 0.25mcg once daily
- calcium acetate 667 mg -- AND pt buying OTC Tums for heartburn (!)
- atorvastatin 40 mg
- no anticoag, never been on coumadin
PE: BMI 33.8, 92.1 kg. Infraumbilical abd: 3.5 x 3 cm woody plum-colored plaque, black eschar centrally; a net-patterned purpuric rim, exquisitely tender. Small lipohypertrophic bumps scattered nearby. No fluctuance, no drainage.
Labs (drawn 2/10) -- iPTH 812 / Ca 10.1 / PO4 7.4.
ASSESSMENT/PLAN
1) Necrotic plaque lower abd right where she injects, ESRD on HD -- high concern for calciphylaxis. Derm called, seeing her 2/22.
2) Stop Tums and Ca acetate; lanthanum instead. Message to HD unit re: bath Ca.
3) Showed her how to use the outer upper arms for insulin for now.
RTC 2 wk. T. Ruud, AGNP-C
"""),
("2022-02-22", "Dermatology Consult", """
Dermatology consultation requested by T. Ruud NP (renal transition clinic)
Reason: painful necrotic plaque, lower abdomen.
63 y/o woman on maintenance HD with poorly controlled T2DM on basal-bolus insulin. Pt dates onset to late January. She describes injecting every dose into one small patch beneath the umbilicus since insulin was started.
Exam: firm stellate purpuric plaque ~4 cm, adherent black eschar centrally, retiform border; overlies a field of injection lipohypertrophy. Remainder of skin exam w/o similar lesions.
Did a 6mm punch at the plaque margin (H&E, von Kossa stain requested).
Path (resulted 2/24, addended here): small subcut arterioles calcified, intima thickened, fibrin clot in lumens, adjacent lobular fat necrosis. Dx: calciphylaxis.
Impression: biopsy-confirmed calciphylaxis (calcific uremic arteriolopathy), located in the lower abdominal zone of repeated insulin self-injection -- a Koebner-type distribution.
Rec: sodium thiosulfate IV, 25 grams, each HD session; wound RN; no more needles into abdominal fat; pain team.
"""),
("2022-03-08", "Telephone Encounter", """
TC to pt re: thiosulfate tolerance + pain.
Pt says the tummy sore "is not any bigger, the black part is drying out". Nausea w/ STS 1st 2 sessions, better with ondansetron pre-dose. Using the arms for her shots like we showed her, no problems there.
HD unit flowsheet: post-wt 93.0 kg -> BMI 34.2.
Reinforced: no Tums, no calcium chews. Pt verbalized understanding.
F/u in clinic 3/22. -- TR, NP
"""),
]}

J02 = {"patient_id": "J02", "age": 71, "sex": "M", "notes": [
("2023-03-15", "NP Follow-up - Advanced CKD/HD", """
NP F/U -- Kidney Transition Clinic
S: Anselm Vurro, 71M; ESRD (HTN / renovascular), 2 yrs of MWF HD; on warfarin for AF, last wk's INR 2.6. Here with wife Pia for a "bad spot" on his R lower back. Pia: "it started on Feb 27th as a purple blotch, I thought he'd bumped it, now it's gone black." Pain he puts at 8; cannot lie flat on his back.
He keeps an electric heating pad behind the small of his back in the recliner most evenings for his lumbar stenosis -- has done since last fall, usually cranked to HIGH, and he dozes off on it a lot.
Not diabetic -- A1c 5.4, never needed insulin.
O: BP 148/82. Wt 80.3 kg BMI 27.2. R low back just above the iliac crest: 5 x 4 cm retiform purpura, black center, hard indurated margins, very tender. L side of low back has faint reticulated brown mottling only.
A: retiform necrotic plaque, in the spot his heating pad lies on; HD + warfarin. Favor calciphylaxis over warfarin necrosis.
P: urgent derm; Pia will remove the heating pad from the house TODAY (she agrees); INR/pharm to review alternatives to warfarin w/ cardiology.
"""),
("2023-03-21", "Dermatology Consult", """
DERM CONSULT
71M HD-dependent, AF on warfarin. Referred for R lumbar necrotic plaque.
Since the NP visit a second, smaller plaque has appeared on the L low back (noticed 3/18) -- same tender stellate purpura with early central dusky necrosis.
Both plaques lie within the rectangle his heating pad covered; wife confirms the pad sat across the whole lumbar area.
Bx R lumbar plaque (deep incisional): tunica media calcium in tiny subcutis vessels, thrombosed lumina, panniculitis. c/w calciphylaxis.
IMP: calciphylaxis of the bilateral low back, in the field of chronic heating pad exposure.
REC: STS with HD; warfarin off (cards agree, apixaban ok); the back is to get neither heat nor cold; wound care referral.
"""),
("2023-04-04", "Telephone Encounter", """
Wife (Pia) called the clinic line.
"I caught him with the warm pad again Sunday, he had it in the closet, I've thrown it out now." Both sores on his back "look the same, maybe less angry."
Warfarin stopped 3/28, apixaban 2.5 mg BID now, cardiology's choice.
Advised: absolutely no heat to back. Call if fever or new drainage. NP aware.
"""),
]}

J03 = {"patient_id": "J03", "age": 77, "sex": "F", "notes": [
("2020-10-28", "PD Transition Clinic - NP Visit", """
PD TRANSITION CLINIC / NP
77 yo F, ESRD from polycystic kidneys, on CCPD since 6/2020, no peritonitis to date. T2DM, linagliptin alone, insulin never. Warfarin: never.
Presents w/ "sores on the backs of my legs" since 10/19.
Back story: orthopnea got bad over summer so family bought her a power lift recliner; since August she has slept in it every night. Says "that footrest bar digs into the back of both legs, I wake up with a dent." 
Exam: posterior calves bilat, a horizontal band of purpura w/ livedo margins, L calf has 2 cm black eschar, R calf dusky not yet broken. Both bands line up w/ the footrest edge once she's seated (we checked with her phone photo). Ht 157 cm, wt 74 kg, BMI 30.0.
PD effluent clear. Ca 9.4 P 6.8 PTH 640.
Imp: retiform purpura/eschar of both calves in a PD pt, at a site of nightly pressure. Calciphylaxis is the worry.
Plan: derm/wound next wk, pillow under thighs + heels floated tonight, family to stop the recliner.
"""),
("2020-11-05", "Dermatology Consult", """
Dermatology -- new consult
Bilateral posterior calf ulcerations, L > R, in a 77 yo woman on peritoneal dialysis. Pt and daughter report onset mid-October.
Linear distribution along a line of pressure from a recliner footrest she has slept on since late summer.
Punch bx, L calf: deep dermal + subcut vessels with calcium deposits, thrombi; von Kossa +.
Dx: calciphylaxis, posterior calves bilaterally, pressure-localized.
Rx: STS (PD team to arrange IV access), offloading, pain control.
"""),
("2020-11-19", "Telephone Encounter", """
Phone f/u w/ daughter (Rena).
"Mom's been back in her own bed with the foam wedge, she's sleeping better and the recliner went to my brother's." Legs: L one still black in the middle, R one "looks dry, scabbed."
Pain better w/ gabapentin 100 qhs (renally dosed).
No fevers. PD running fine. RTC 12/3.
"""),
]}

J04 = {"patient_id": "J04", "age": 58, "sex": "M", "notes": [
("2024-06-20", "CKD Clinic - NP Visit", """
ADV CKD CLINIC NP NOTE
58M, CKD stage 4 (eGFR 17, UACR 1900) from DM/HTN, NOT on dialysis, modality education in progress (leans toward PD). Mechanical mitral valve 2015 -> on warfarin, INR to be kept 2.5-3.5. T2DM -- degludec 26 units once a day, injects into his abdomen.
Interval hx: Gen surg excised a lipoma from the back of his R arm on 5/7/24 (sutures out 5/17, "healed nice"). Around June wk 1 the scar "went purple and hard", then a black crust formed along it. Pain keeps him up.
Exam: posterior R upper arm, 6 cm linear incision line w/ surrounding violaceous induration, central eschar running the length of the scar, stellate purpura at the ends. Nothing on the L arm. BMI 29.9.
Ca 9.9, Phos 5.9, PTH 390. INR 3.1.
Impression: necrotic plaque limited to a fresh surgical scar; warfarin + CKD 4 -- calciphylaxis possible even off dialysis; also consider wound infection (afebrile, no pus).
Plan: derm urgent; hold calcium-based binder; cards re: warfarin.
"""),
("2024-06-27", "Dermatology Consult", """
Derm consult, Dr. Amadi-Lowell
HPI per NP referral: painful necrosis in a lipoma excision scar, R posterior upper arm, CKD 4 nondialysis on warfarin.
Exam: as described; no other cutaneous involvement.
Incisional biopsy at the scar margin -> arteriolar calcification, thrombi, septal panniculitis; von Kossa highlights calcium. 
Dx: non-dialysis calciphylaxis, arising in the operative scar (posterior right arm). Warfarin is a contributor.
Rec: STS IV three times weekly (infusion ctr), no further procedures in the area unless needed, vit K supplementation per cards.
"""),
("2024-07-11", "Medication Reconciliation - NP", """
MED REC VISIT (NP + clinic pharmacist)
Reconciled against pharmacy fill hx:
- warfarin 5mg Mon-Wed-Fri + 7.5mg other days (mech valve; cards will NOT stop; INR range now 2.5-3.0 (lowered))
- phytonadione 1 mg PO daily (new, per cards/derm)
- degludec 24 u daily (dose down 2 u, lows in AM)
- sodium thiosulfate IV TIW at infusion ctr
- sevelamer 800 TID (calcium acetate stopped)
- amlodipine, carvedilol, furosemide 40 bid
Still CKD 4, no dialysis started. Wt unchanged, BMI 29.9 (overweight).
Arm wound: smaller eschar per pt, pain 4/10.
"""),
]}

J05 = {"patient_id": "J05", "age": 66, "sex": "F", "notes": [
("2025-01-13", "Telephone Triage", """
Caller: daughter Marisol (on HIPAA form).
"My mom fell on the ice on the church steps Christmas Eve and skinned her left knee pretty bad, it was healing ok, but last Thursday it turned purple all around and now a black spot's showing and she's crying with the pain, she can't even put a blanket on it."
Pt on HD (Mon/Wed/Fri). No fever, no pus per daughter.
Triage: same-wk NP visit booked for 1/15, told to keep it clean/dry, no warm packs, no ice packs to it.
"""),
("2025-01-15", "NP Visit - Dialysis Transition Clinic", """
NP VISIT
Pt: Graciela Ondrusek, 66F. ESRD d/t IgA nephropathy, HD via R brachiocephalic AVF since 2023. No DM (A1c 5.1). No anticoagulants ever.
CC: L knee pain / dark sore.
Fall 12/24/2024 on icy steps, landed on L knee -> abrasion, scabbed over in ~1 wk. On 01/09/2025 the area became deep purple, hard, agonizing; black center by the weekend.
PE: afebrile. L anterior knee over the patella: 4.5cm x 3.5cm stellate retiform purpura w/ central eschar, sitting exactly on the old abrasion. Pain limits flexion. R knee unremarkable. BMI 24.6 (wt 61).
Labs: Ca 9.8 (corr), P 7.9, PTH 1,140 (was 700 in fall).
A/P:
# retiform purpura/necrosis at site of recent fall injury, ESRD -- c/f calciphylaxis; cellulitis less likely.
 - derm bx requested, HD unit to increase dialysis time
 - cinacalcet start, non-Ca binder
# fall risk: PT eval for home
"""),
("2025-01-24", "Dermatology Consult", """
DERMATOLOGY
66F on HD, L knee necrotic plaque, onset ~2 wks after a fall w/ abrasion at same spot.
Punch bx taken from the edge 1/17. Path: calcium within walls of the tiny subcut arterioles, microthrombi, fat necrosis. 
Dx (final): calciphylaxis, L knee (post-traumatic site).
Start STS w/ HD. Avoid further trauma to the limb, knee pads for PT sessions.
"""),
("2025-02-07", "HD Unit - NP Rounding Note", """
HD rounds, chair 14
66F, HD-dependent ESRD; calciphylaxis L knee, bx-proven (on STS since 1/27). Tolerating STS, mild nausea.
Knee: eschar intact, no new purpura. Pain 5/10 w/ tramadol 50 q12h prn.
Post wt 60.6 kg (BMI 24.4 by unit calc -- same as clinic). Daughter present, asking about the PTH; explained parathyroid eval referral.
"""),
]}

J06 = {"patient_id": "J06", "age": 69, "sex": "M", "notes": [
("2019-07-09", "CKD Clinic - NP Visit", """
CKD CLINIC NP VISIT
69M, CKD 5 (eGFR 11) from DKD, not yet on dialysis -- L arm AVF placed 4/2019, maturing. T2DM on sitagliptin 25 mg; no insulin. Not on warfarin.
Anemia of CKD: darbepoetin 60 mcg SQ q2wk given in our clinic since March 2019; our RN alternates the backs of the R and L arms for the shots.
Today: c/o painful lump back of L arm, "started about 10 days ago, now it's turning black."
Exam: posterior L upper arm, firm violaceous nodule (roughly 3cm long, 2.5cm across) w/ early central necrosis and livedoid rim, at the area our RN has been using. R posterior arm: tender, dusky, no break in skin.
BMI 31.5 (101 kg).
A/P: painful necrotic nodule at ESA injection site, advanced CKD -- calciphylaxis on the ddx (also infection, panniculitis). Derm ASAP. Switching darbepoetin to thigh per RN? -> NO, hold ESA until derm sees him.
"""),
("2019-07-16", "Dermatology Consult", """
Dermatology consult
69M CKD 5 nondialysis. Painful plaques of the posterior upper arms: L (larger, necrotic), R (new purpuric plaque since last week).
Both sit on the darbepoetin injection fields used every two weeks since spring.
Bx L arm: subcutaneous arteriolar calcification and thrombosis, von Kossa +, consistent with calciphylaxis.
Dx: calciphylaxis, bilateral posterior upper arms, at ESA injection sites.
Rec: no injections into either arm; ESA IV once on HD; STS; expedite dialysis start.
"""),
("2019-08-20", "Dialysis Transition - NP Follow-up", """
TRANSITION CLINIC NP F/U
Now ESRD -- started in-center HD on 8/12/19 through the L arm AVF, 3x/wk. ESA given IV on HD now.
DM: A1c 8.9, sitagliptin stopped; started insulin detemir 10 u qAM, teaching done, pt injects into abdomen.
Arms: L eschar dry, edges less tender; R dusky patch fading.
Wt 99.4 kg, BMI 31.0.
Edu: explained why no shots in the arms, call for any new painful spot.
"""),
]}

J07 = {"patient_id": "J07", "age": 54, "sex": "M", "notes": [
("2021-09-02", "Telephone Encounter", """
Pt called nurse line.
Pt states "my right ankle where I been putting the ice pack every night since the gout flare in July got a black scab on it, it's killing me, it's worse than the gout." 
On HD TTS. Says he wraps a gel ice pack around the outside of that ankle w/ an ace wrap and sleeps with it on.
Advised stop icing, NP appt 9/8, go to ED if fever/red streaks.
"""),
("2021-09-08", "NP Visit", """
S: 54M ESRD from FSGS, HD TTS in-center. T2DM on glargine 40 u + lispro SS (injects abd), HTN. No warfarin. Gout flare R ankle in 07/2021 tx w/ prednisone burst, then cold packs nightly since.
Skin: the outer R ankle skin "began to go purple and hard about 2 wks ago", black scab since.
O: R lateral malleolus -- eschar measuring 3 cm, a retiform purpuric halo, livedo reticularis extending 4 cm up. Cold to touch. Pedal pulses dopplerable. L ankle normal. BMI 36.2.
A: necrotic ulcer R lateral ankle at the site of nightly cold-pack use. Ddx calciphylaxis vs frostbite-type cold injury vs PAD ulcer.
P: ABI, derm bx, STOP ice, colchicine renally dosed for gout instead.
"""),
("2021-09-20", "Dermatology Consult", """
Dermatology -- consult note
Reason: R lateral ankle ulcer, HD pt.
ABI 1.0 bilat (noncompressible? no -- compressible, normal).
Punch bx (9/13): subcutis vessels calcified and clotted; findings diagnostic of calciphylaxis.
Assessment: calciphylaxis, R lateral ankle, proven on biopsy, arising under the cold packs he had been using since July.
Plan: thiosulfate 25 g each HD run; wound RN, podiatry offloading, nephrology to tighten phos.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
