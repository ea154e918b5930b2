"""probe121 corpus notes, E01-E07 (internal medicine residency continuity clinic; all invented)."""

E01 = {"patient_id": "E01", "age": 62, "sex": "F", "notes": [
("2019-02-11", "Continuity Clinic Progress Note", """
Larchmont IM Resident Clinic - PGY2 note (T. Abernathy, MD)
CC: "this black sore place on my tummy"

S: 62F - ESRD, chairside HD at Rosewood Mon-Wed-Fri; DM2 (on insulin), HTN, here for her 3 mo continuity f/u, but today mostly c/o painful dark spot on L lower belly x 2 wks. Pt: "it started like a hard pea, then a black crust came on top and it burns all night." Pain rated 8 of 10, "hot-poker" quality, slacks waistband rubbing it makes it worse. She injects her glargine + lispro herself and admits "I always poke the left half, the right half bruises on me." Has been on insulin since Aug 2017 and has used that L lower quadrant for basically every shot since.
No f/c, no drainage. Meds unchanged. Never been on coumadin.

O: BP 148/82, HR 80, afebrile. Wt 96.1kg / BMI 36.4
Abd: obese. LLQ: firm, violaceous 3x4cm plaque; stellate eschar centrally; retiform purpuric border, exquisitely ttp. Lies squarely within the area she points to as her injection territory; multiple old needle marks + mild lipohypertrophy around it. RLQ, flanks, thighs without lesions.

A/P:
#Painful necrotic plaque LLQ - in ESRD pt w/ DM and obesity, worried about calciphylaxis; ddx panniculitis, injection site abscess (no fluctuance), lipodystrophy w/ ulceration.
- urgent derm referral for punch bx, wound care RN
- Ca 9.4, Phos 7.1, PTH 612 at HD last wk -> emailed her nephrologist
- oxy 2.5 every 6h if needed; gabapentin 100 at bedtime (renally dosed)
- asked her to inject on the R side for now
#DM2 - A1c 7.9. cont glargine 22u qhs, lispro SSI
#HTN - at goal post-HD per her log

Attending attestation: Saw pt together with Dr Abernathy, examined the abdomen myself. Agree this plaque is worrisome for calciphylaxis at her insulin injection area, expedited derm appt arranged. - I. Varga, MD
"""),
("2019-02-26", "Continuity Clinic Progress Note", """
PGY2 f/u - T. Abernathy
S: Here to go over bx. Derm did 2 punches on 2/19 at the edge of the belly sore. Pain still 7/10, sleeping in recliner. Says the HD nurses "are putting something in my machine now" (sodium thiosulfate started 2/22 per nephro note).
Path: mural calcium in tiny subQ arterioles w/ intimal thickening & clot; lobular fat necrosis; VK stain +. Derm read: consistent w/ calciphylaxis.

O: Wt 94.8 kg, BMI 35.8. LLQ plaque now 4 x 5 cm, eschar unchanged, 2 sutured bx sites at lateral edge clean.

A/P:
#Calciphylaxis, bx-proven, L lower abd - at the same spot her insulin has gone into since 2017.
- cont STS w/ HD 3x/wk; nephro adding cinacalcet, switching to non-Ca binder
- wound RN: hydrogel + foam, holding off on sharp debridement
- insulin: inject only in upper arms from here on, demo'd w/ pen today
- palliative care referral for pain, pt agreeable

Attending attestation: Chart + path reviewed w/ resident, spoke with pt. Agree w/ plan above. - I. Varga, MD
"""),
("2019-05-06", "Continuity Clinic Progress Note", """
PGY2 continuity visit - T. Abernathy
S: Belly sore "way less angry", pain 3/10, back to sleeping in bed. Finished 12 wks of STS at Rosewood. Now shooting insulin into the posterior arms as taught, no issues.
O: BMI 35.8 (same wt as Feb). LLQ: eschar lifted off, 2 x 2 cm clean granulating base, no livedo around it. Arms: clear.
A/P: Calciphylaxis LLQ - healing. Cont local wound care. see her back in 3 mo, sooner prn.
DM2 on insulin - A1c 7.4. ESRD on HD - per nephro.
Attestation: Discussed, agree. - I. Varga, MD
"""),
]}

E02 = {"patient_id": "E02", "age": 71, "sex": "M", "notes": [
("2020-12-14", "Telephone Encounter", """
RN triage call - Larchmont IM Clinic
Caller: pt's wife, Dolores.
"He's got this nasty black sore on his left backside, right where he keeps sitting on that heating pad for his sciatica. Started right around Thanksgiving as a purple bruise-looking thing and now the middle's gone black and he can't hardly sit on that cheek." No fever per wife. He goes to dialysis Tue/Thu/Sat. On warfarin for his heart valve.
Disposition: appt w/ PCP team (Dr Quillen PGY1) Thurs 12/17. Told her no more heating pad on that spot for now, keep it covered w/ clean dry gauze. Wife verbalized understanding.
"""),
("2020-12-17", "Continuity Clinic Progress Note", """
PGY1 acute visit - M. Quillen, MD
S: 71M, ESRD on iHD TTS via R arm AVF, mech AVR - on warfarin, target INR high (2.5 to 3.5), HFrEF, lumbar DDD w/ L sciatica. Not diabetic (HbA1c 5.4 in October). Wife reports painful lesion L buttock first noticed ~3 wks ago. Per wife, he has kept an electric heat pad tucked under the L buttock "almost all day, on high" since the fall because the sciatica flared, sits on it in the recliner + in the car. No falls, no injections there.
ROS neg for fevers, chills.

O: T 36.9, BP 132/70. Wt 84 kg, BMI 27.3.
Skin: L buttock (UOQ) - 5x4cm stellate black eschar w/ rim of violaceous, net-like purpura, indurated, very tender. R buttock, sacrum intact. Faint reticulated brown discoloration surrounding the lesion on the L.

A/P:
#L buttock necrotic ulcer - on heating-pad skin in a dialysis pt taking warfarin. Worried most about calciphylaxis; also thermal burn w/ erythema ab igne, pressure injury (site isn't bony, argues against).
- derm e-consult placed, bx requested
- INR today 3.1; discuss w/ cards re alternatives to warfarin if this is CUA (mech valve, likely no)
- stop heating pad completely
- wound care: xeroform + ABD pad daily
Staffed w/ Dr Mensah.

Attending: I examined the pt w/ Dr Quillen. Agree that the distribution on the heating pad area is suspicious for calciphylaxis; a burn remains possible. Bx needed. - K. Mensah, MD
"""),
("2021-01-11", "Continuity Clinic Progress Note", """
PGY1 f/u - M. Quillen
S: Back for bx results + wound check. Derm did 6mm punch L buttock 12/22. Pt reports pain improving a bit w/ scheduled APAP + tramadol. Not using heating pad at all anymore, "the wife hid it."
Path: Ca deposition within walls of little dermal + subQ vessels w/ thrombosis, septal panniculitis. No features of burn. -> calciphylaxis.

O: BMI 27.3. L buttock ulcer 5.5x4cm, eschar partially debrided by wound clinic, no purulence.

A/P:
#Calciphylaxis L buttock (bx-proven) arising where the heating pad sat for weeks beforehand.
- STS started at HD per nephro 1/4
- cards: must stay on warfarin for mech AVR, vit K supplementation being discussed
- wound clinic q wk
Attending attestation: seen and discussed; agree. - K. Mensah, MD
"""),
]}

E03 = {"patient_id": "E03", "age": 58, "sex": "F", "notes": [
("2022-01-10", "Continuity Clinic Progress Note", """
Resident clinic note - PGY3 R. Delacroix-Hahn
CC: "my sides are killing me"

S: 58F, ESRD from diabetic kidney disease, does CCPD at home (cycler overnight), DM2 on glipizide 2.5 (no insulin ever), OSA, chronic LBP. Pt bought an elastic lumbar support brace w/ stiff plastic stays in 10/2021 and has worn it all day every day since, cinched tight over her PD catheter dressing "so my back doesn't give out while I do laundry". Since early December sore purplish patches along her L side, right where the lower rim of the brace digs in. Denies fever, cloudy effluent.

O: Wt 91 kg, BMI 34.1. Afebrile.
L flank, just above iliac crest along a horizontal red groove from the brace edge: 6x3cm indurated dusky plaque, tiny black center, livedo around. R flank: faint pink groove from the brace, no plaque. PD catheter exit: clean, tunnel nontender.

A/P:
#L flank necrotic plaque at brace edge - ddx calciphylaxis (PD, DM, obese, PTH 840) vs pressure necrosis vs vasculitis.
- derm bx, CBC, coags, ESR
- take brace off, PT referral for core strengthening instead
- oxycodone 2.5 prn
Attestation: I saw the pt, reviewed the hx and exam with Dr Delacroix-Hahn. Agree w/ A/P. - P. Lindqvist, MD
"""),
("2022-01-24", "Continuity Clinic Progress Note", """
PGY3 f/u - R. Delacroix-Hahn
S: She put the brace back on "for a few days" last wk bc of back pain - now a new sore spot on the R side where the other edge of the brace sits, came up ~1/18. Path from L flank bx (1/13): arteriolar calcification, fibrin thrombi, panniculitis -> c/w calciphylaxis.

O: Wt 90.2 kg, BMI 33.6.
L flank: 7x3.5cm, black eschar center. R flank: new 3 x 2 cm violaceous retiform plaque on the brace line, tender, no eschar.

A/P:
#Calciphylaxis, bilateral flanks, at the edges of her lumbar brace
- brace now OFF for good, pt took it home to throw away; PT ordered
- nephro aware: starting IV sodium thiosulfate (PD pt -> infusions at unit 3x wk), low Ca dialysate
- wound care consult
Attestation: Agree. Bilateral lesions tracking the brace margins. - P. Lindqvist, MD
"""),
("2022-03-07", "Continuity Clinic Progress Note", """
PGY3 - R. Delacroix-Hahn
S: Both side wounds hurting less. No brace. Doing PT 2x/wk.
O: BMI 33.6. L flank 5x3cm shallow ulcer, granulating. R flank plaque softer, no breakdown.
A/P: Calciphylaxis flanks improving on STS. DM2 on glipizide, A1c 7.0. ESRD on CCPD. RTC 6 wk.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "F", "notes": [
("2022-05-23", "Continuity Clinic Progress Note", """
Pre-op eval - PGY2 S. Bhandari-Olsen
S: 66F, ESRD on PD (CAPD since 2019), pAF - warfarin through 2020 then changed to apixaban 2.5mg BID, no DM. Found to have L breast DCIS on screening mammo. L breast lumpectomy planned for 6/14 by Dr Farrow (surg onc). Here for periop risk assessment.
O: BP 126/74. Wt 78 kg, Ht 161.5 cm, BMI 29.9. Breasts: L upper outer quadrant bx site healed, no masses palpable.
A/P: Low-moderate risk for low-risk surgery. Apixaban to be held 2 days before surgery. Nephro aware - will do PD as usual.
Attending attestation: Pt seen and chart reviewed; agree with preop assessment. - I. Varga, MD
"""),
("2022-10-03", "Continuity Clinic Progress Note", """
PGY2 acute visit - S. Bhandari-Olsen
S: Lumpectomy done as planned 6/14/22 (L breast, UOQ, margins neg, no RT needed per surg onc since low-grade DCIS + she declined). Healed fine. Then since mid-September, "the scar got hard and started to burn, then a black patch came up on it." Pain 9/10, can't wear a bra.

O: Afebrile. Wt 77.6 kg, BMI 29.8.
L breast: along the length of the curvilinear lumpectomy scar, a 6x2.5cm violaceous, indurated plaque; necrotic eschar (1.5cm) at its center and surrounding netlike purpura. No nipple changes, no axillary LAD. R breast nl.

A/P:
#Necrotic plaque along L lumpectomy scar - ddx fat necrosis, recurrence, wound infection, calciphylaxis (she's on PD, and her calcium-phosphate product ran high last month)
- discussed w/ Dr Farrow -> core/incisional bx this wk
- CBC, CRP
- pain: APAP sched, hydromorphone 0.5 prn
Attestation: Saw pt jointly. Scar-localized necrosis in a PD patient - agree calciphylaxis must be excluded; bx arranged. - I. Varga, MD
"""),
("2022-10-24", "Telephone Encounter", """
Resident phone f/u - S. Bhandari-Olsen
Called pt to review path from 10/7 incisional bx of L breast scar: no carcinoma. Calcified subQ arterioles, intraluminal clot, necrosis of fat, VK+ -> calciphylaxis. Explained to pt this is the "calcium in the small blood vessels" condition we discussed, sitting in her surgery scar. She asked if the operation caused it - told her surgery/scars are a known trigger site.
Nephro (Dr Ambrose) already notified, plan STS via PD/IV per renal. F/u visit booked for next week.
"""),
("2023-01-09", "Continuity Clinic Progress Note", """
PGY2 f/u - S. Bhandari-Olsen
S: L breast wound much better after 10 wks STS + intensified PD. Pain 2/10.
O: Wt 78 kg, BMI 29.9. L breast: 2 x 1 cm granulating area on the scar, no eschar.
A/P: Calciphylaxis of L breast lumpectomy scar - resolving. Cont wound care, surg onc surveillance. PMH of warfarin (stopped 2020) noted as risk factor. BMI just under 30, not obese.
Attestation: agree. - I. Varga, MD
"""),
]}

E05 = {"patient_id": "E05", "age": 49, "sex": "M", "notes": [
("2024-01-22", "Continuity Clinic Progress Note", """
PGY1 note - D. Fairweather, MD
CC: sore on R knee not healing

S: 49M, ESRD - gets HD Mondays/Wednesdays/Fridays, L forearm AVF, DM2 on detemir 30u qhs (injects belly), HTN. He went down on the iced-over back steps on 12/27 and skinned his R knee on the concrete. "Scrape scabbed over fine, then on 1/6 this real painful purple blotch came up right on top of where I scraped it, and now it's going black." No fever. No other injury.

O: T 37.0. Wt 92.4 kg Ht 175.5 BMI 30.0
R knee, anterior, infrapatellar: 4x3cm violaceous retiform plaque, black center ~1cm, surrounded by livedo. Exquisitely tender, more than expected for a scrape. L knee nl. Belly (his insulin area): a little lipohypertrophy, otherwise clear.

A/P:
#R knee necrotic lesion on top of a recent scrape (abrasion) - infected abrasion vs calciphylaxis (ESRD, DM, obesity, last Ca 10.3, PO4 6.8)
- derm bx, wound cx
- doxycycline x 7d empirically pending cx
Attestation by Dr T. Mensah-Kurtz: saw and examined, agree to bx. Level of pain out of proportion is concerning.
"""),
("2024-02-05", "Continuity Clinic Progress Note", """
PGY1 f/u - D. Fairweather
S: Knee worse despite abx. Derm punch 1/26: small vessel calcification w/ thrombi -> calciphylaxis. Cx grew skin flora only.
O: BMI 30.0. R knee lesion 5 x 4 cm, eschar enlarging.
A/P: Calciphylaxis R knee, arising at the spot he skinned in the fall on the steps 12/27.
- stop doxy
- STS at HD, nephro to switch to cinacalcet + sevelamer
- wound clinic, knee immobilizer not needed
Attestation: agree. - T. Mensah-Kurtz, MD
"""),
("2024-03-18", "Continuity Clinic Progress Note", """
PGY1 - D. Fairweather
S: pain improved, "the black part came off in the shower." Still injecting detemir in abd, no problems there.
O: BMI 30.0 (92.4 kg). R knee 3 x 2 cm clean ulcer.
A/P: calciphylaxis R knee - improving. DM2 A1c 8.1, increase detemir to 32u. Obesity - discussed diet.
Attestation: agree. - T. Mensah-Kurtz, MD
"""),
]}

E06 = {"patient_id": "E06", "age": 77, "sex": "F", "notes": [
("2025-02-10", "Continuity Clinic Progress Note", """
PGY3 note - A. Pereira-Wyck
S: 77F ESRD on HD (TTS), DM2, pAF on warfarin, macular degeneration. Started insulin in Jan 2024 and did her own shots in the tummy until her eyesight got too bad; since 06/2024 her husband Walt gives both her shots and he uses the backs of her arms, alternating sides ("he says it's easier to pinch there"). She reports painful "bruises that won't go away" on the backs of her two arms that started 3 wks ago, and now one on the L has a black scab.

O: Wt 70.0 kg; BMI: 28.4 kg/m2.
Posterior upper arms: L 3 x 3 cm purpuric retiform plaque w/ central eschar; R 2x2cm, violaceous + firm, eschar absent. Both in the zone of visible needle marks. Abdomen no lesions.

A/P:
#Painful retiform purpura bilat posterior arms - calciphylaxis favored (ESRD, warfarin, insulin sites) vs warfarin necrosis (unlikely after 5 yrs) vs vasculitis
- derm bx L arm
- hold further injections in arms -> thighs, teach husband
- INR 2.6
Attestation: I examined her w/ Dr Pereira-Wyck; agree. - P. Lindqvist, MD
"""),
("2025-02-24", "Continuity Clinic Progress Note", """
PGY3 f/u - A. Pereira-Wyck
S: Walt here today. "I've been doing the arms since June, left one morning, right one evening." Pain still bad.
Path (L posterior arm, 2/13): calcified subQ vessels, thrombosis, necrotic fat: calciphylaxis.
O: both arm lesions unchanged, R now w/ small eschar.
A/P: Calciphylaxis, posterior upper arms bilaterally - located at the husband's insulin injection sites.
- STS per nephro, warfarin -> apixaban per cards (agreed today)
- insulin now into thighs, Walt demo'd
Attestation: agree w/ above. - P. Lindqvist, MD
"""),
("2025-04-07", "Continuity Clinic Progress Note", """
PGY3 - A. Pereira-Wyck
S: Arms "a bit better", sleeping on her back.
O: BMI 28.4. L arm 2 x 2 cm granulating, R arm healed over.
A/P: Calciphylaxis arms, improving. Off warfarin since 2/26 (apixaban). Insulin in thighs, no new lesions.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

E07 = {"patient_id": "E07", "age": 55, "sex": "M", "notes": [
("2021-06-14", "Continuity Clinic Progress Note", """
Resident note PGY2 - J. Okonkwo-Reyes
CC: leg wound

S: 55M w/ ESRD (IgA) - in-center HD, MWF schedule, no DM, HTN, gout. Months of awful nocturnal R calf cramping. Since Easter he has been strapping a bag of frozen corn to his R calf every night w/ an ace wrap "so I can fall asleep". Now c/o painful sore there x 10 days: "it went purple, then hard, then this black spot." Not on blood thinners.

O: T 36.6. Wt 104 kg, BMI 32.
R posterior calf, mid: necrotic 4x3cm eschar; ring of violaceous retiform purpura; woody feel. L calf nl. Pedal pulses palpable.

A/P:
#Necrotic ulcer of R calf in HD pt after nightly cold exposure - calciphylaxis; ddx cold injury (frostbite-type), vasculitis
- derm bx, ABI
- stop the frozen corn
- cramps: review dry wt w/ HD unit
Attestation: Pt seen. Agree, bx. - K. Mensah, MD
"""),
("2021-06-28", "Continuity Clinic Progress Note", """
PGY2 - J. Okonkwo-Reyes
S: f/u bx. "That spot where the corn bag went is still real bad."
Bx 6/18: calcification of small vessels, no cold injury pattern -> calciphylaxis. ABI nl.
O: BMI 32. R calf eschar 4.5x3cm.
A/P: Calciphylaxis of R calf.
- start STS at HD, sevelamer, stop Ca carbonate
- wound clinic referral
Attestation: agree. - K. Mensah, MD
"""),
("2021-07-12", "Telephone Encounter", """
Resident tele-visit - J. Okonkwo-Reyes
Pt reports leg sore slowly improving, pain 4/10 now. No more ice/cold on the leg. Cramps better since HD dry wt adjusted. Obesity: he's trying to lose wt, no scale at home.
Plan: keep wound clinic appt 7/19, RTC 1 mo.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
