"""probe77 corpus notes, E01-E07 (community paramedicine / mobile integrated health; all invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "F", "notes": [
("2019-04-15", "Community Paramedic Home Visit", """
MIH PROGRAM - CP HOME VISIT (scheduled, post-discharge wk 2)
Pt: 63F, lives alone 2nd floor walk-up, Larkspur Ct. A&Ox4, ambulates w/ cane.
PMHx: ESRD (HD Tu-Th-Sa, Riverbend Dialysis), T2DM, HTN, gout.
VITALS: BP 148/86 L arm (R arm fistula - no BP), HR 88 reg, RR 16, SpO2 96% RA, T 36.9, BGL 212 (post breakfast)
MED REC (bottles at kitchen table): Lantus 30 u qHS, Humalog sliding scale w/ meals, sevelamer 800 TID w/ meals, amlodipine 10, allopurinol 100. Pt self injects - states "I always stick myself left of my bellybutton, the left half of my tummy, been doing that since January". No anticoagulants.
C/O: sore spot L periumbilical, tender to touch, noticed 04/11/2019. On exam ~3 cm dusky, firm, violet plaque w/ lacy purple margin at her injection area, no drainage, not warm.
Wt 96.2 kg on home scale, BMI 34.1 per chart height.
HOME SAFETY: loose throw rug in hallway - pt agreed to remove. Night light in bath ok.
PLAN: pic of the abd wound uploaded to clinic portal for PCP review. Advised rotate to R side of abd for now. RTC 1 wk.
"""),
("2019-04-22", "Wound Photo Message to Clinic", """
CP -> Dr. Vashti Orlov (PCP) via secure msg
Revisit today. The L periumbilical spot now has a black leathery center about 1 cm, surrounding violaceous net pattern bigger than last wk (photo attached w/ ruler). Pt rates pain 8/10, can't tolerate waistband of her slacks. Afebrile, BGL 186.
REPLY (Dr Orlov, 1432): Thanks - this worries me for calciphylaxis given her HD and the location at her insulin spot. I put in an urgent derm referral for a punch bx this week. Pls tell her to stop injecting on that side.
"""),
("2019-05-03", "Dermatology Consult", """
DERMATOLOGY - outpatient consult
Reason: necrotic abdominal plaque, ESRD on HD.
63 y/o woman with diabetes on basal/bolus insulin which she has injected into the left paraumbilical abdomen since Jan 2019. Lesion began 04/11/2019 right in that zone.
Exam: L periumbilical abdomen, indurated plaque measuring 4 by 3.5 cm; periphery shows retiform purpura; central adherent eschar. Rest of skin clear.
Path (punch bx 4/26): calcium within the media of little subcut vessels, intravascular thrombi, panniculitis; von Kossa highlights calcium.
Assessment: Calciphylaxis, biopsy proven, at the site of her repeated insulin injections.
She has never been prescribed warfarin (apixaban was discussed in the past, never started).
Wt 94.5 kg, BMI 33.5.
Plan: sodium thiosulfate w/ HD - message sent to dialysis unit; wound care per nursing; insulin only into thighs going forward.
"""),
]}

E02 = {"patient_id": "E02", "age": 74, "sex": "M", "notes": [
("2021-02-18", "Mobile Integrated Health Visit", """
Mobile Integrated Health - home visit, referral from PD clinic (missed 2 appts)
74 y/o M, widower, daughter checks in weekends. Uses walker indoors.
On peritoneal dialysis - cycler every night, 5 exchanges, no issues w/ drain per pt. Also A-fib on warfarin, INR today POC 2.6.
No hx diabetes (last A1c 5.4).
Vitals - BP 132/78 sitting, 118/70 standing (lightheaded), HR 72 irreg irreg, SpO2 95%, T 36.6.
Pt states his R knee "has been killing me" w/ arthritis so every night he straps a gel ice pack over the front of the knee, doing this since Christmas.
Skin: over R anterior knee - purple mottled patch w/ dark crusted center, roughly half-dollar sized; pt dates it to 3 wks ago. Pain out of proportion.
BMI 27.2 (81 kg)
Med rec - found duplicate bottle of metoprolol (old rx 25mg + new 50mg). Old bottle removed w/ pt permission.
Orthostatic - fall precautions reviewed, shower chair recommended.
Photos uploaded for nephrology. Ice pack use d/c'd until reviewed.
"""),
("2021-02-25", "Telehealth - Nephrology", """
Video visit w/ pt + community paramedic in the home
Reviewed CP photos from 2/18 and today on video. R anterior knee: retiform purpura with central black eschar, exquisitely tender, exactly where he has iced nightly since 12/25/2020.
Given PD, long term warfarin, and the classic morphology, I am making a clinical diagnosis of calciphylaxis; biopsy not planned at this time (pt declines, I agree risk of poor healing over knee).
Plan: switch warfarin -> apixaban (reviewed dosing), cinacalcet, low Ca dialysate, wound RN via home health, knee to stay free of ice or heat.
"""),
("2021-03-10", "Community Paramedic Follow-up", """
CP f/u visit
Med rec: warfarin bottle gone, apixaban 2.5 bid in pill organizer - filled correctly by daughter. Cinacalcet 30 started.
R knee calciphylaxis wound dressed by HH RN yesterday, dressing c/d/i. Pain 5/10 now (was 9).
BP 128/74 HR 70 SpO2 96 RA. Wt 80.4 kg.
Shower chair now in place. No falls since last visit.
"""),
]}

E03 = {"patient_id": "E03", "age": 70, "sex": "F", "notes": [
("2022-08-09", "Mobile Integrated Health Visit", """
MIH / CHF readmission-prevention program - visit 4
70F, ESRD on HD MWF (chair 14, Eastgate unit), HFpEF, no diabetes.
Daily weights log reviewed: up 0.8 kg over 3 days. Lungs fine crackles bases. 2+ pitting BLE.
BP 156/90, HR 84, SpO2 94% RA.
Cardiology gave her knee-high compression hose (20-30) which she has worn daily from mid-June.
NEW: she reports painful purple blotches on both calves since August 2 right under the stockings, worse at the top band. On look - irregular violet mottling with 2 small dark scabs R calf, 1 on L calf.
BMI 31.0 (wt 84.1).
Pt told to take the stockings off til seen. Pics sent to wound/vascular NP.
Home: cluttered path to bathroom, son to move boxes.
"""),
("2022-08-16", "Wound Photo Consult Reply", """
E-consult reply - Vascular & Wound NP
Pictures reviewed (CP upload 8/9 + 8/15). Posterior calves bilaterally: stellate purpura, now w/ black eschars up to 2 cm, following the distribution of the compression stockings. In a HD pt calciphylaxis must be presumed; pressure injury vs calciphylaxis - need tissue. Arterial dopplers ordered. Punch bx scheduled Fri in clinic.
"""),
("2022-08-30", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
Bx (L posterior calf, 8/19): calcified small arterioles w/ intimal hyperplasia + thrombosis in subcut fat -> calciphylaxis confirmed.
Onset 8/2/22 in both calves, where her compression stockings were pressing since 06/2022. Stockings stopped permanently. Never on warfarin. Not diabetic.
BMI 31.0. Started STS 25 g with last hour of each HD. Calcium acetate swapped for sevelamer as phos binder.
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "M", "notes": [
("2023-11-06", "Community Paramedic Home Visit", """
COMMUNITY PARAMEDIC - HOME VISIT
66M referred by gen surg clinic for wound check + med rec.
Hx: ESRD on hemodialysis TTS via AVF (left forearm). Takes glipizide + linagliptin for T2 diabetes (no insulin ever), CAD s/p stent. Prior DVT 2019, was on warfarin until early 2021, now off all anticoagulants.
Surgical hx: sebaceous cyst cut out of his R upper back (over the shoulder blade) on 09/12/2023 by Dr Mbeki, stitches out 9/22.
Pt + wife say that since the end of October the scar went purple and firm, and now a black scab sits on it. Very painful lying on his back, sleeping in recliner.
Exam: R scapular area - 5 cm firm violaceous plaque along and around the linear scar, black eschar centrally, 1.5 cm, no pus, no fluctuance.
V/S: BP 140/82, P 76, SpO2 97%, T 36.7, BGL 164.
Wt 95 kg, BMI 29.4 (clinic calls him overweight, not obese).
Photo sent to surgeon. Removed expired nitro SL from med box.
"""),
("2023-11-13", "Surgery Clinic Phone Note", """
Telephone encounter - General Surgery
Reviewed CP photos. This is not a typical wound infection or dehiscence. Given HD status, worry re calciphylaxis in the excision scar. Referred to derm urgently for bx; wife informed.
"""),
("2023-11-28", "Dermatology Consult", """
Derm consult
Indication: painful necrotic plaque R upper back within scar of cyst excision (9/12/23).
Bx result: calcific uremic arteriolopathy - vessel wall calcification w/ thrombosis, fat necrosis. Onset by history late Oct 2023.
Dx: calciphylaxis, biopsy confirmed, arising in surgical scar.
Risk factors: HD, DM2 (non-insulin), past warfarin (stopped 2021). BMI 29.4.
Plan: Na thiosulfate on HD days, dressings per wound RN, analgesia; avoid further elective procedures on the trunk.
"""),
]}

E05 = {"patient_id": "E05", "age": 79, "sex": "F", "notes": [
("2024-07-05", "Fall Response / Lift Assist", """
911 LIFT ASSIST - CP responded (MIH unit 7)
Dispatch 0712 for fall, no injury per caller. Pt 79F found sitting on bathroom floor, A&Ox4. States she lost her footing stepping out of the bathtub last night, July 4th, around 2200, and her right hip struck the tub rim, couldn't get up, sat on floor til neighbor came by.
No LOC, no head strike. Denies neck/back pain.
Meds: warfarin 5 mg (mech mitral valve), insulin detemir 18u bid (injects in upper arms), sevelamer, midodrine on HD days. ESRD on hemodialysis MWF.
Exam: R lateral hip large ecchymosis 10 x 8 cm, FROM, able to bear weight w/ 1 assist. BGL 98. BP 108/64, HR 92, SpO2 97.
Pt refused transport to ED - capacity intact, risks explained, signed refusal.
Home safety: no grab bars in tub, bath mat slippery -> referral to county home mods program. BMI ~36 per pt.
"""),
("2024-07-29", "Community Paramedic Follow-up", """
CP follow up (post fall + refusal)
Pt says the bruise on her R hip "turned on me" - since 07/19 it's been burning and firm, w/ a black part in the middle now. Exam R lateral hip: indurated plaque 6 cm, purple reticulated border, central eschar 2 cm, where the ecchymosis was. Exquisite tenderness, she avoids lying on it.
INR POC 3.4.
Wt 92.7 kg, BMI 35.8.
Photos to wound clinic + nephrology, urgent slot requested. Grab bars installed 7/22 by county.
"""),
("2024-08-08", "Wound Clinic Note", """
Wound & Hyperbaric Clinic
79F HD, IDDM, warfarin for mechanical valve. Fell on 7/4/24 striking R hip on tub; the painful necrotic plaque began 7/19/24 at the bruised area.
Punch bx from edge: calcification of subcutaneous arterioles w/ thrombi, consistent with calciphylaxis.
Impression: calciphylaxis, R lateral hip, arising within the traumatic hematoma.
Plan: cardiology to advise re anticoagulation (valve - cannot simply stop warfarin), STS ordered, offloading, gentle debridement of eschar next visit.
"""),
]}

E06 = {"patient_id": "E06", "age": 58, "sex": "M", "notes": [
("2020-11-20", "MIH Medication Reconciliation Visit", """
MIH - med reconciliation at home (high risk d/c list)
58M, HD M/W/F, no diabetes. Admitted Oct for L leg DVT; sent home on enoxaparin bridging to warfarin. INR still not in range (1.7 today on POC) so still doing both.
Wife Ruthie does the lovenox shots - "I go into his thighs, one side then the other" - started 6 weeks ago on discharge day.
He shows me a sore spot, L anterior thigh, that came up on Halloween night, now bigger, purple, w/ a hard black center, 2.5 cm. R thigh just small bruises from needles, no sore.
Vitals: 138/80, 80, 18, 97% RA, afebrile.
Wt 83 kg, BMI 26.3.
Med list had enoxaparin listed twice (80 mg and 120 mg) - called pharmacy, correct dose is 80 mg q24h renal dosing. Corrected.
Photo sent to derm telemedicine.
"""),
("2020-11-24", "Telemedicine Dermatology Review", """
Store-and-forward teledermatology
Images: L anterior thigh with stellate eschar surrounded by livedo and induration, at the enoxaparin injection field. Concern calciphylaxis (HD, warfarin recently started). Needs bx - booked.
"""),
("2020-12-04", "Nephrology Follow-up", """
Renal clinic f/u
Bx of L anterior thigh (11/27) shows calciphylaxis - mural calcification in small subcut vessels w/ fibrin thrombi. It sits in the thigh where his wife has injected enoxaparin since 10/09/2020, and he dates the start to 10/31/2020.
Discussed with hematology: stop warfarin, switch to apixaban. No more thigh injections.
STS 3x/wk with dialysis.
"""),
]}

E07 = {"patient_id": "E07", "age": 61, "sex": "F", "notes": [
("2025-03-04", "Community Paramedic Home Visit", """
CP HOME VISIT - frequent EMS user program
61F, polycystic kidney disease -> ESRD, HD Tues/Thurs/Sat through R chest permcath. T2DM, insulin degludec 40 u AM. BMI 41.3, 112 kg.
Calls 911 ~2x/mo for flank pain. Today pt reports she's been sleeping w/ a plug-in heating pad pressed to her left flank, every night since New Year's Day.
Since mid Feb (per her) a painful black-crusted patch on L flank. Exam - 6 x 4 cm violet, woody plaque, 2 cm central eschar, net-like border extending toward L back.
BP 162/94, HR 96, SpO2 95, BGL 241.
Pills - pt out of hydralazine x 4 days, pharmacy refill arranged. Heating pad taken away w/ her ok.
Image uploaded to renal clinic.
"""),
("2025-03-11", "Wound Photo Transmission", """
CP wound photo transmission - L flank
Size now 7 x 4.5 cm, eschar 2.5 cm, no drainage. Pain 9/10, using oxycodone 5 prn.
Renal NP response: likely calciphylaxis vs thermal burn - bx tomorrow at clinic.
"""),
("2025-03-19", "Nephrology Clinic Note", """
Nephrology
Bx L flank: calciphylaxis confirmed (calcific deposits in arteriolar walls, thrombosis, fat necrosis).
Lesion sits exactly where she applied a heating pad every night from 01/01/2025; onset of the plaque February 2025.
Risk factors: ESRD on HD, obesity (BMI 41.3), insulin treated diabetes. Never on warfarin.
Plan STS, cinacalcet, stop calcium binder, palliative care for pain.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
